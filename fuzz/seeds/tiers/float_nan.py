# NaN in compiled loops: every ordered comparison is False, != is True,
# a NaN is truthy, and NaN propagates through arithmetic.


def scan(x, n):
    lt = le = eq = ne = gt = ge = truthy = 0
    for _ in range(n):
        if x < 1.0:
            lt += 1
        if x <= 1.0:
            le += 1
        if x == x:
            eq += 1
        if x != x:
            ne += 1
        if x > 1.0:
            gt += 1
        if x >= 1:
            ge += 1
        if x:
            truthy += 1
        x = x * 2.0
    return lt, le, eq, ne, gt, ge, truthy, x


nan = float("nan")
inf = float("inf")
print(scan(nan, 5))
print(scan(0.5, 3))
print(scan(inf - inf, 2))


def overflow_to_inf(x, cap, inf):
    n = 0
    while x < inf and n < cap:
        x = x * 10.0
        n += 1
    d = x - x
    return n, x, d, not d, d == d, d != d


print(overflow_to_inf(1e300, 100, inf), overflow_to_inf(-1e300, 3, inf))
