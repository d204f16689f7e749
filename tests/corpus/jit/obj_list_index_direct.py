# Lists indexed with ints inside hot loops: compiled code reads and writes
# the items directly while one thread runs, and falls back to the runtime
# for negative and out-of-range indexes and lists that change size.
import sys


class Box:
    def __init__(self, v):
        self.v = v


def swaps(n):
    a = list(range(10))
    for k in range(n):
        i = k % 10
        j = (k * 7) % 10
        a[i], a[j] = a[j], a[i]
    return a


def negatives(n):
    a = [1.5, 2.5, 3.5, 4.5]
    s = 0.0
    for k in range(n):
        s += a[-1 - (k % 4)]
        a[-(k % 4) - 1] = a[k % 4] + 1.0
    return s, a


def objects(n):
    boxes = [Box(i) for i in range(8)]
    total = 0
    for k in range(n):
        b = boxes[k % 8]
        total += b.v
        boxes[k % 8] = Box(b.v + 1)      # the old box is freed here
    return total, [b.v for b in boxes]


def growing(n):
    a = [0]
    s = 0
    for k in range(n):
        a.append(k)                     # the items move as the list grows
        s += a[k] + a[-1]
        a[k // 2] = s % 1000
    return s, len(a), a[:5]


def out_of_range(n):
    a = [1, 2, 3]
    s = 0
    try:
        for k in range(n):
            s += a[k]
    except IndexError as e:
        return s, k, str(e)


def store_out_of_range(n):
    a = [0] * 5
    try:
        for k in range(n):
            a[k] = k * k
    except IndexError as e:
        return a, k, str(e)


def shared_refs(n):
    x = [7.25]
    a = [x, x, x]
    for k in range(n):
        a[k % 3] = a[(k + 1) % 3]
    return sys.getrefcount(x) - 1, a[0] is x


def big_index(n):
    a = [1, 2, 3]
    s = 0
    for k in range(n):
        try:
            s += a[k * 2**40]
        except IndexError:
            s -= 1
    return s


print(swaps(150))
print(negatives(100))
print(objects(200))
print(growing(150))
print(out_of_range(100))
print(store_out_of_range(100))
print(shared_refs(150))
print(big_index(100))
