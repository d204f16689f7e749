# float ** special values inside a nest: infinities, nan, signed zeros,
# subnormal results and underflow to 0.0 (none of them raise), int bases
# with float exponents, and integral float exponents of negative bases.


def specials(n):
    out = []
    j = 0
    inf = float("inf")
    nan = float("nan")
    for i in range(n):
        for j in range(1):
            out.append(inf ** 0.5)
            out.append((-1.0) ** inf)
            out.append(nan ** 0.0)
            out.append(1.0 ** nan)
            out.append((-0.0) ** 0.5)
            out.append(inf ** -1.0)
            out.append((-inf) ** 3.0)
            out.append((-inf) ** -3.0)
            out.append((-0.0) ** 3.0)
            out.append(2 ** -1074.5)
            out.append(0.5 ** 1e10)
            out.append(1e-300 ** 2.0)
            out.append(nan ** 1.0)
            out.append((-0.5) ** 1e300)
    return out


def int_bases(n):
    out = []
    j = 0
    for i in range(-2, n):
        for j in range(1, 3):
            out.append(i ** (j * 1.0))
            out.append(i ** (j * 0.5) if i >= 0 else (-i) ** -0.25)
    return out


s = specials(2)
print(s[:14])
print(repr(s[:12]) == repr(s[14:26]), repr(s[12:14]) == repr(s[26:]))
print(int_bases(4))
print(sum(int_bases(500)))
