# An int local overflowing 64 bits in the middle of an inner loop: the nest
# leaves (or widens) and the iteration goes on exactly where it was; results
# and the appended values are big ints.


def powers(n, m):
    out = []
    for i in range(2, n):
        x = 1
        for j in range(m):
            x = x * i
        out.append(x)
    return out


def sums(n):
    total = 0
    steps = 0
    for i in range(n):
        for j in range(1, 4):
            total += (1 << 61) * j
            steps += 1
    return total, steps


def neg(n):
    x = -(2**62)
    for i in range(n):
        for j in range(3):
            x -= 2**61 + i
    return x


p = powers(12, 30)
print(p[0], p[-1], len(p))
print([v.bit_length() for v in powers(40, 25)])
print(sums(5), sums(100))
print(neg(1), neg(10), neg(1000))
print(2**63 - 1 + 1, -(2**63) - 1)
