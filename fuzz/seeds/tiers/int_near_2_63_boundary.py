# Sums that reach exactly 2**63 - 1, 2**63 and -2**63 in a compiled loop.


def add_n(start, step, n):
    x = start
    for _ in range(n):
        x += step
    return x


def sub_n(start, step, n):
    x = start
    for _ in range(n):
        x -= step
    return x


big = 2 ** 63
# the first calls use small ints, so the loops are compiled for ints
print(add_n(1, 2, 3), sub_n(1, 2, 3))
print(add_n(big - 1 - 3 * 2 ** 60, 2 ** 60, 3) == big - 1)
print(add_n(big - 1 - 3 * 2 ** 60, 2 ** 60, 4) == big - 1 + 2 ** 60)
print(add_n(2 ** 62 - 1, 2 ** 62 - 1, 2), 2 * (2 ** 62 - 1) + 2 ** 62 - 1)
print(add_n(0, 2 ** 61, 4), big)
print(add_n(0, 2 ** 61, 5), big + 2 ** 61)
print(sub_n(0, 2 ** 61, 4), -big)
print(sub_n(0, 2 ** 61, 5), -big - 2 ** 61)
print(sub_n(-big + 2 ** 61, 1, 3), -big + 2 ** 61 - 3)

# multiplication landing on the boundary
def mul_n(x, k, n):
    for _ in range(n):
        x = x * k
    return x

print(mul_n(1, 2, 63), mul_n(1, -2, 63), mul_n(-1, 2, 63), mul_n(3, 2, 62))
