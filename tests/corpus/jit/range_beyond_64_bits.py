# for loops over ranges whose bounds do not fit 64 bits (the range iterator
# is not the 64-bit kind; the loop must still see every value).


def total(r):
    s = 0
    n = 0
    x = None
    for x in r:
        s += x
        n += 1
    return s, n, x


for r in (
    range(2 ** 63 - 5, 2 ** 63 + 5),
    range(2 ** 63 - 1, 2 ** 63 + 1),
    range(-(2 ** 63) - 2, -(2 ** 63) + 2),
    range(2 ** 64, 2 ** 64 + 3),
    range(10 ** 20, 10 ** 20 - 7, -3),
    range(0, 2 ** 70, 2 ** 68),
):
    print(r, len(r), total(r))
