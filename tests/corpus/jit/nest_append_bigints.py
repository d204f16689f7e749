# Appends of ints near and past 2**62, 2**63 and 2**64 from a nest, of floats
# (including inf, nan, -0.0) and of bools produced by comparisons.


def near(base, n):
    out = []
    j = 0
    for i in range(n):
        for j in range(-2, 3):
            out.append(base + i * 3 + j)
    return out


def doubling(n):
    out = []
    x = 1
    j = 0
    for i in range(n):
        for j in range(3):
            x = x + x
            out.append(x - 1)
    return out


def floats_bools(n):
    out = []
    f = 1.0
    j = 0
    for i in range(n):
        for j in range(2):
            f = f * -1e100
            out.append(f)
            out.append(f > 0)
        out.append(f - f)
        out.append(-0.0 * i)
    return out


for base in (2**62 - 3, 2**63 - 4, -(2**63) - 1, 2**64 - 5):
    v = near(base, 3)
    print(v[0], v[-1], [x - base for x in v])
d = doubling(23)
print(d[58:63], len(d), [x.bit_length() for x in d[-4:]])
fb = floats_bools(3)
print(fb)
print(fb[1] is False, fb[3] is True, [type(x).__name__ for x in fb[:6]])
