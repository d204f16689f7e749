# A ZeroDivisionError raised by % inside the inner loop of a nest, caught
# outside the nest: the locals, the partially built list and the position in
# both ranges are those CPython has at the raise.


def scan(n, bad):
    out = []
    total = 0
    i = j = -1
    try:
        for i in range(1, n):
            for j in range(1, int(i ** 0.5) + 2):
                d = j - bad
                total += i % d if d else i % d
            out.append(total)
    except ZeroDivisionError as e:
        print("caught:", e, "at", i, j, "total", total, "len", len(out))
    return total, out[-2:]


def float_div(n):
    acc = 0.0
    k = 0
    try:
        for i in range(n):
            for k in range(i + 1):
                acc += 1.0 / (i - k - 3)
    except ZeroDivisionError as e:
        print("caught:", e, i, k)
    return acc


print(scan(100, 3))
print(scan(100, 50))
print(scan(5000, 70))
print(float_div(10))
