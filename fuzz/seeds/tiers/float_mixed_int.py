# Int and float operands mixed in compiled loops (the int converted with
# round-half-even, as float(int) does).


def mixed(n):
    x = 0.5
    k = 0
    for i in range(n):
        x = x + i
        x = x * 2 - i
        k = k + i * 3
        x = x - k / 4
    return x, k


def scale(start, n):
    f = 1.0
    big = start
    for _ in range(n):
        f = f + big
        big = big * 2
    return f, big


print(mixed(10), mixed(1000))
print(scale(1, 10), scale(2 ** 52 + 1, 3), scale(2 ** 53 + 1, 2))
print(scale(-(2 ** 53) - 3, 2), scale(2 ** 62 - 1, 1))


def mul_int_float(n):
    y = 3
    z = 0.0
    for i in range(n):
        z = y * 0.1 + i * 1.5 - z / 2
    return z

print(mul_int_float(50), 1 + 0.1 == 1.1, (2 ** 53 + 1) + 0.0)
