# Int / int in compiled loops: correctly rounded results, operands past
# 2**53 (the interpreter's exact division), negative operands.


def ratios(n, d):
    acc = 0.0
    last = 0.0
    for i in range(1, n):
        last = (i * d + 1) / d
        acc += i / d
    return acc, last


def big_ratio(a, b, n):
    r = 0.0
    for _ in range(n):
        r = a / b
    return r


print(ratios(100, 3), ratios(100, -7))
print(big_ratio(2 ** 53 + 1, 1, 2), big_ratio(2 ** 53 + 1, 2, 2))
print(big_ratio(2 ** 60 + 1, 3, 2), big_ratio(-(2 ** 61) - 1, 7, 2))
print(big_ratio(1, 2 ** 60 + 3, 2), big_ratio(10 ** 18, 10 ** 18 - 1, 2))
print(big_ratio(2 ** 62 - 1, 2 ** 62 - 2, 2), big_ratio(-1, 3, 2))
print(big_ratio(9007199254740993, 9007199254740991, 2))
print(big_ratio(10 ** 30, 7, 2), big_ratio(7, 10 ** 30, 2))
