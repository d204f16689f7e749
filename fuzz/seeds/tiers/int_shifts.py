# << and >> in compiled loops: large counts, shifts that overflow 64 bits,
# shifts of negative numbers.


def lshift_loop(x, k, n):
    for _ in range(n):
        x = x << k
    return x


def rshift_loop(x, k, n):
    for _ in range(n):
        x = x >> k
    return x


def shift_by(x, counts):
    out = []
    for c in counts:
        out.append((x << c, x >> c))
    return out


print(lshift_loop(1, 1, 62), lshift_loop(1, 1, 63), lshift_loop(1, 1, 64))
print(lshift_loop(-1, 1, 63), lshift_loop(-1, 1, 64), lshift_loop(3, 20, 4))
print(lshift_loop(0, 63, 5), lshift_loop(1, 0, 100), lshift_loop(5, 100, 1))
print(rshift_loop(2 ** 62 - 1, 1, 61), rshift_loop(2 ** 62 - 1, 1, 62))
print(rshift_loop(-(2 ** 62), 3, 30), rshift_loop(-1, 63, 3), rshift_loop(-5, 1, 2))
print(rshift_loop(12345, 64, 1), rshift_loop(-12345, 64, 1), rshift_loop(-12345, 1000, 1))
print(rshift_loop(2 ** 100, 7, 3), lshift_loop(-(2 ** 61), 1, 2))
print(shift_by(7, [0, 1, 60, 61, 62, 63, 64, 65, 127]))
print(shift_by(-7, [0, 1, 60, 61, 62, 63, 64, 65, 127]))
