# List items whose type changes midway through a compiled loop: ints, then
# floats, then big ints, then strs, so the unboxing guards fail late; mixed
# int/float arithmetic on items read from objects.


def total(items):
    acc = 0
    for x in items:
        acc = acc + x
    return acc


def weighted(items):
    acc = 0.0
    i = 0
    for x in items:
        i += 1
        acc += x * i - x / 2
    return acc


def describe(items):
    out = []
    for x in items:
        if x == 0:
            out.append("zero")
        elif x > 2:
            out.append(x * 2)
        else:
            out.append(-x)
    return out


def concat_or_add(items):
    acc = items[0]
    for i in range(1, len(items)):
        acc = acc + items[i]
    return acc


ints = list(range(50))
floats = [i * 0.5 for i in range(50)]
bigs = [2 ** 64 + i for i in range(5)] + [-(2 ** 70), 3]
strs = ["a", "bc", "def"]

print(total(ints))
print(total(ints + floats))
print(total(ints + floats + bigs))
print(total(floats + ints))
print(total(bigs + ints))
print(total([1, 2.5, True, 2 ** 63, -1.25, False]))
print(weighted(ints))
print(weighted(ints + floats))
print(weighted(ints + [2 ** 80, 2 ** 62, -(2 ** 62)]))
print(describe([0, 1, 2, 3, 4.5, 0.0, -2 ** 65, 2 ** 65, 2.25, True]))
try:
    print(describe([0, 1, 3.5, "xy", 4]))
except TypeError as e:
    print("TypeError", e)
print(concat_or_add(strs))
print(concat_or_add([[1], [2, 3], [4]]))
print(concat_or_add([1, 2, 3, 4.0, 5, 2 ** 63]))
try:
    print(total(ints + strs))
except TypeError as e:
    print("TypeError", e)


def running_max(items):
    best = None
    count = 0
    for x in items:
        if best is None or x > best:
            best = x
            count += 1
    return best, count


print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))
print(running_max([3, 1, 4.5, 1, 5, 9.25, 2 ** 64, 6]))
print(running_max(["b", "a", "c", "bb"]))


def big_products(items):
    p = 1
    for x in items:
        p *= x
        p %= 2 ** 127 - 1
    return p


print(big_products([2 ** 40 + i for i in range(30)]))
print(big_products(list(range(1, 40)) + [2 ** 100, 3]))


def matrix_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        row = a[i]
        ci = c[i]
        for k in range(m):
            aik = row[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c


A = [[1, 2, 3], [4, 5, 6]]
B = [[1.5, 0], [2, 0.25], [2 ** 64, -1]]
print(matrix_mul(A, B))
print(matrix_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(matrix_mul([[0.1, 0.2], [0.3, 0.4]], [[1, 1], [1, 1]]))
