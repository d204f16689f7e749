# Products that outgrow 64 bits inside a compiled loop.


def factorial(n):
    p = 1
    k = 2
    while k <= n:
        p *= k
        k += 1
    return p


def collatz_like(steps):
    x = 1
    for _ in range(steps):
        x = x * 3 + 1
    return x


def doubling(n):
    x = 1
    for _ in range(n):
        x = x + x
    return x


for n in (5, 20, 21, 25, 40):
    f = factorial(n)
    print(n, f, f.bit_length())

for s in (10, 39, 40, 41, 60, 100):
    x = collatz_like(s)
    print(s, x, x == (3 ** (s + 1) - 1) // 2)

for n in (61, 62, 63, 64, 65, 130):
    x = doubling(n)
    print(n, x == 2 ** n, x)
