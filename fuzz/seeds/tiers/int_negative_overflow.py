# Negative accumulators that fall below -2**63, and negation overflow.


def falling(n, step):
    total = 0
    for i in range(n):
        total -= step * i
    return total


def neg_growth(steps):
    x = -1
    for _ in range(steps):
        x = x * 3 - 1
    return x


def negate_loop(start, times):
    x = start
    i = 0
    while i < times:
        x = -x
        x = x * 2
        i += 1
    return x


print(falling(10, 7))
print(falling(100_000, 2_000_000_000))
print(falling(3_000_000, 1_000_000))
for s in (30, 38, 39, 40, 80):
    print(s, neg_growth(s))
print(negate_loop(3, 70))
print(negate_loop(-(2 ** 62), 1))
print(negate_loop(-(2 ** 62), 2))
print(negate_loop(-(2 ** 62), 5))
print(negate_loop(3, 70))
