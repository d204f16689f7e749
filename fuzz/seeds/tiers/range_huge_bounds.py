# for loops over ranges whose values sit near the 64-bit edges but fit in
# 64 bits (the compiled loop's counter reaches and passes +-2**62).


def total(r):
    s = 0
    n = 0
    x = None
    for x in r:
        s += x
        n += 1
    return s, n, x


for r in (
    range(2 ** 62 - 3, 2 ** 62 + 3),
    range(2 ** 62, 2 ** 62 + 10),
    range(-(2 ** 62) - 3, -(2 ** 62) + 3),
    range(2 ** 63 - 5, 2 ** 63 - 1),
    range(-(2 ** 63), -(2 ** 63) + 3),
    range(0, 2 ** 63 - 1, 2 ** 62),
    range(-(2 ** 63), 2 ** 63 - 1, 2 ** 62),
    range(2 ** 63 - 2, -(2 ** 63), -(2 ** 62)),
    range(2 ** 62 + 7, 2 ** 62 - 7, -5),
):
    print(r, total(r))
