# Float accumulations in compiled loops: results must be bit-identical to
# the interpreter's (same operation order, no fused or reordered math).


def tenths(n):
    s = 0.0
    for _ in range(n):
        s += 0.1
    return s


def harmonic(n):
    h = 0.0
    k = 1.0
    while k <= n:
        h = h + 1.0 / k
        k = k + 1.0
    return h


def poly(x, n):
    acc = 0.0
    p = 1.0
    for _ in range(n):
        acc = acc + p * 0.5 - acc * 0.25
        p = p * x
    return acc, p


print(tenths(10), tenths(1000), repr(tenths(1_000_000)))
print(harmonic(1000.0), harmonic(100000.0))
print(poly(1.0001, 1000), poly(-1.5, 40), poly(0.999, 5000))
print(tenths(10).hex(), harmonic(77.0).hex())
