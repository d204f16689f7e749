# Values crossing +-2**62 (the edge of the tagged small-int range) inside a
# compiled loop, then used again by the interpreter and by later loops.


def climb(start, n):
    x = start
    seen = 0
    for _ in range(n):
        x += 1
        if x > 4611686018427387903:
            seen += 1
    return x, seen


def descend(start, n):
    x = start
    for _ in range(n):
        x -= 1
    return x


def add_pairs(a, b, n):
    out = 0
    i = 0
    while i < n:
        out = a + b + i
        i += 1
    return out


top = 2 ** 62 - 1
print(climb(top - 3, 6), 2 ** 62 + 2)
print(descend(-(2 ** 62) + 2, 5), -(2 ** 62) - 3)
r = add_pairs(2 ** 61, 2 ** 61 - 5, 10)
print(r, r == 2 ** 62 + 4, r - 2 ** 62)
x, _ = climb(top, 1)
print(x, x == 2 ** 62, hash(x) == hash(2 ** 62), x // 2, x % 7, -x)
y, _ = climb(x - 10, 5)
print(y, y - x)
