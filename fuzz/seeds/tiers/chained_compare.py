# Chained comparisons (a < b < c) as loop conditions and in loop bodies.


def in_band(lo, hi, n):
    inside = 0
    i = -n
    while -n <= i < n:
        if lo <= i < hi:
            inside += 1
        if lo < i * 2 <= hi == hi:
            inside += 1000
        i += 1
    return inside, i


def mixed_chain(n):
    c = 0
    x = 0.0
    for i in range(n):
        if 0 < x < i <= 2.5 * i:
            c += 1
        x = x + 0.75
    return c, x


print(in_band(-3, 4, 10), in_band(0, 0, 5), in_band(-100, 100, 50))
print(mixed_chain(10), mixed_chain(1000))
