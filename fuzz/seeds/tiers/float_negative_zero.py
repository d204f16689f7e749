# -0.0 produced and tested in compiled loops: falsy, equal to 0.0, its sign
# kept through negation, multiplication and addition.
import math


def produce(n):
    z = 0.0
    flips = 0
    for i in range(n):
        z = -z
        if not z:
            flips += 1
        if z == 0.0:
            flips += 10
    return z, flips


def mul_down(x, n):
    for _ in range(n):
        x = x * -1e-200
    return x


def sums(n):
    a = -0.0
    b = -0.0
    for _ in range(n):
        a = a + -0.0
        b = b - 0.0
    return a, b, a + 0.0, -a


for n in (0, 1, 2, 3):
    z, f = produce(n)
    print(n, z, f, math.copysign(1.0, z))
print(mul_down(1.0, 2), mul_down(1.0, 3), mul_down(-1.0, 3))
print(sums(5), 0.0 * -1, -0.0 * 5)
