# Compiled loops in nested functions and closures; the loop's locals are
# plain fast locals, its free variables are read outside the loop.


def outer(n):
    scale = 3

    def inner(m):
        k = scale
        s = 0
        for i in range(m):
            s += i * k
        return s

    def with_nonlocal():
        nonlocal scale
        x = scale
        for _ in range(10):
            x = x * 2 + 1
        scale = x

    first = inner(n)
    with_nonlocal()
    second = inner(n)
    return first, second, scale


def make_counter():
    count = 0

    def bump(times):
        nonlocal count
        c = count
        i = 0
        while i < times:
            c += i % 3
            i += 1
        count = c
        return count

    return bump


print(outer(10), outer(1000))
b = make_counter()
print(b(10), b(10), b(1000))
print([(lambda m: [x for x in range(m) if x % 4 == 1])(20)])
