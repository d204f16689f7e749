# Nested ranges whose inner range is empty (range(2, 2), start > stop, range(0),
# negative one-argument ranges) for some or all outer iterations; the inner
# loop variable keeps its last value across empty inner loops.


def nest(n, off):
    total = 0
    runs = 0
    j = -1
    for i in range(n):
        for j in range(off, i):
            total += j
            runs += 1
    return total, runs, j


def start_after_stop(n):
    total = 0
    k = 99
    for i in range(n):
        for k in range(i, i - 3):
            total += 1
        for k in range(i + 5, 2):
            total += k
    return total, k


def one_arg(n):
    total = 0
    m = 7
    for i in range(-3, n):
        for m in range(i):
            total += m * i
    return total, m


def negative_bounds(n):
    out = []
    for i in range(-n, 0):
        c = 0
        for j in range(i, -2):
            c += j
        out.append(c)
    return out


print(nest(10, 2), nest(10, 20), nest(500, 2), nest(0, 0), nest(1, 0))
print(start_after_stop(5), start_after_stop(200))
print(one_arg(0), one_arg(3), one_arg(300))
print(negative_bounds(8))
print(sum(negative_bounds(400)))
