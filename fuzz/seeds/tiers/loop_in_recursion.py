# A compiled loop in a recursive function: every active frame runs the same
# compiled code on its own locals.


def tri(n):
    s = 0
    for i in range(n + 1):
        s += i
    if n == 0:
        return s
    below = tri(n - 1)
    k = 0
    while k < n:
        s -= 1
        k += 1
    return s + below


def fib_pairs(n):
    if n < 2:
        return n
    a = 0
    b = 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b + fib_pairs(n // 2) - fib_pairs(n // 2)


print([tri(n) for n in range(8)], tri(200))
print(fib_pairs(10), fib_pairs(90), fib_pairs(200))
