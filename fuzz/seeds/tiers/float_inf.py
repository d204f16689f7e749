# inf arithmetic and comparisons in compiled loops.


def grow(x, n):
    for _ in range(n):
        x = x * 1e100
    return x


def inf_ops(n):
    inf = float("inf")
    a = 0.0
    b = 0.0
    c = 0
    for i in range(n):
        a = inf - i
        b = -inf + a
        if a > 1000000000000000:
            c += 1
        if -a < -9007199254740993:
            c += 100
        if b != b:
            c += 10000
    return a, b, c


print(grow(1.0, 3), grow(1.0, 4), grow(-1.0, 4), grow(1e-300, 2))
print(inf_ops(5))
x = grow(1.0, 5)
print(x == x, x > 1e308, x - x != x - x, int(x > 0), 1 / x, -1 / x)
