# int vs float comparisons near 2**53 in compiled loops: an int is compared
# exactly, never after rounding it to a float.


def compare(ints, f):
    out = []
    for i in ints:
        out.append((i == f, i != f, i < f, i <= f, i > f, i >= f))
    return out


def count_below(start, n, f):
    c = 0
    i = start
    while i < start + n:
        if i < f:
            c += 1
        if f >= i:
            c += 100
        i += 1
    return c


f = float(2 ** 53)
print(2 ** 53 + 1 == f, compare([2 ** 53 + 1], f))
print(compare([2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2], f))
print(compare([-(2 ** 53) - 1, -(2 ** 53)], -f))
print(compare([2 ** 62 - 1, 2 ** 62], 2.0 ** 62))
print(count_below(2 ** 53 - 3, 6, f), count_below(-(2 ** 53) - 3, 6, -f))
print(count_below(2 ** 60 - 5, 10, 2.0 ** 60), count_below(0, 10, 4.5))
print(compare([1, 0, -1], 0.5), compare([3], 3.0000000000000004))
