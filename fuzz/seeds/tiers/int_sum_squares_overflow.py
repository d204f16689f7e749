# An int accumulator that passes 2**62 and 2**63 mid-loop (the compiled
# loop's i64 overflows and the interpreter must continue with exact big ints).


def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def sum_squares_while(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * i
        i += 1
    return total


for n in (0, 1, 10, 1000, 4_000_000):
    a = sum_squares(n)
    b = sum_squares_while(n)
    expect = (n - 1) * n * (2 * n - 1) // 6 if n else 0
    print(n, a, a == b == expect, a.bit_length(), type(a).__name__)

# the accumulator keeps growing long after it left the 64-bit range
def cubes(n):
    total = 0
    for i in range(n):
        total += i * i * i
    return total

c = cubes(300_000)
print(c, c == (300_000 * 299_999 // 2) ** 2)
