# An int overflow in the middle of an expression, with other values (ints,
# floats, bools) already computed on the stack: the interpreter finishes
# the expression exactly and the loop goes on.


def mulmod(a, b, m, n):
    acc = 0
    x = a
    f = 0.0
    for i in range(n):
        x = (x * b + i) % m
        acc = acc + x - (x * x) // m
        f = 0.5 + (x * x) / m
    return acc, x, f


def mixed_stack(n):
    big = 3037000499
    out = 0
    fl = 0.0
    for i in range(n):
        out = i + (big + i) * (big + i) - big * big
        fl = 1.5 * i + (big * big * 2) / 3
    return out, fl


M = 2 ** 61 - 1
print(mulmod(12345, 7, 1000003, 1000))
print(mulmod(12345, 2 ** 20 + 7, M, 1000))
print(mulmod(M - 1, M - 2, M, 300))
print(mixed_stack(1), mixed_stack(5), mixed_stack(1000))
