# Float ** with a negative base and a fractional exponent gives a complex in
# CPython; inside a nest the local changes type in the middle of the inner
# loop. Integral float exponents of negative bases stay real.


def roots(lo, hi):
    out = []
    r = 0.0
    for i in range(lo, hi):
        for j in range(2):
            r = (i - j) ** 0.5
        out.append(r)
    return out


def cube(n):
    total = 0.0
    for i in range(n):
        for j in range(3):
            total += (j - i) ** 3.0 + (-2.0) ** 2.0
    return total


def mixed(n):
    acc = 0.0
    for i in range(n):
        for j in range(4):
            acc = acc + (2.0 - j) ** 0.5
    return acc


print(roots(3, 7))
print(roots(-2, 2))
print((-8) ** 0.5, (-8.0) ** (1 / 3))
print(cube(4), cube(100))
print(mixed(1), mixed(5))
