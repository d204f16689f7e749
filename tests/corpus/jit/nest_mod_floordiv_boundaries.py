# % and // in a nest with operands around 2**31 and 2**32 (both sides of the
# 32-bit fast path) and negative operands mixed into the same loop.


def table(bases, divs):
    out = []
    j = 0
    for b in range(bases[0], bases[1]):
        for j in range(divs[0], divs[1]):
            if j != 0:
                out.append(b % j)
                out.append(b // j)
    return out


def mixed(lo, hi, dlo, dhi):
    s1 = 0
    s2 = 0
    d = 0
    for x in range(lo, hi):
        for d in range(dlo, dhi):
            if d:
                s1 += x % d
                s2 += x // d
    return s1, s2


B31 = 2**31
B32 = 2**32
print(table((B31 - 3, B31 + 3), (B31 - 2, B31 + 2)))
print(table((B32 - 2, B32 + 2), (-3, 4)))
print(table((-B31 - 2, -B31 + 2), (B31 - 1, B31 + 1)))
print(table((-3, 3), (-B31 - 1, -B31 + 2)))
print(table((B31 - 2, B31 + 1), (B32 - 1, B32 + 2)))
for lo, hi, dlo, dhi in (
    (B31 - 50, B31 + 50, 1, 40),
    (-B31 - 50, -B31 + 50, -40, 40),
    (B32 - 50, B32 + 50, B31 - 20, B31 + 20),
    (-100, 100, B31 - 5, B31 + 5),
    (-100, 100, -B32 - 5, -B32 + 5),
    (2**62 - 30, 2**62 + 30, -7, 9),
    (2**63 - 30, 2**63 - 1, 2**31 - 3, 2**31 + 3),
):
    print(lo, dlo, mixed(lo, hi, dlo, dhi))
