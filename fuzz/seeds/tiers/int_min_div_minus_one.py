# -2**63 // -1 and friends with the operands built at runtime inside
# compiled loops (the quotient, 2**63, does not fit 64 bits).


def build_min():
    x = -1
    for _ in range(63):
        x = x * 2
    return x


def min_div(base, d, n):
    # base * 2 is -2**63 when base is -2**62 (an unboxed i64 in the loop)
    q = r = 0
    for _ in range(n):
        q = (base * 2) // d
        r = (base * 2) % d
    return q, r


def min_neg(base, n):
    x = 0
    for _ in range(n):
        x = -(base * 2)
    return x


base = -(2 ** 62)
print(min_div(base, 3, 3), min_neg(5, 2))
print(min_div(base, -1, 3), min_div(base, 1, 3), min_div(base, 2, 3))
print(min_div(base, -2, 3), min_div(base + 1, -1, 3), min_div(base, -3, 2))
print(min_div(-7, -1, 3), min_div(7, -1, 3), min_div(0, -1, 2))
print(min_neg(base, 2), min_neg(base + 1, 2), min_neg(2 ** 62 - 1, 2))
m = build_min()
print(m, m == -(2 ** 63), m // -1, m % -1, -m, m * -1, (m + m) // -2)
