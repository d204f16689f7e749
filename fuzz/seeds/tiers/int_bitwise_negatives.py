# & | ^ on negative ints (two's-complement semantics) in compiled loops.


def mix(a, b, n):
    x = a
    y = b
    for i in range(n):
        x = (x ^ y) & (x | -i)
        y = (y | i) ^ (x & -y)
    return x, y


def masks(n):
    out = 0
    i = -n
    while i < n:
        out = out ^ (i & -i) ^ (i | 0xFF) ^ (i & -16)
        i += 1
    return out


for a, b in ((5, 3), (-5, 3), (-5, -3), (2 ** 62 - 1, -(2 ** 62)), (-1, 0)):
    print(a, b, mix(a, b, 7), mix(a, b, 100))
print(masks(1000), masks(7))
print([(v & -v, v | -8, v ^ -1) for v in (-12, -1, 0, 12)])
