# 10.0 ** 400-style overflow inside the inner loop of a nest, uncaught: the
# traceback and exit status are CPython's; the output printed before the
# raise is flushed.


def run(n):
    total = 0.0
    j = 0
    for i in range(n):
        for j in range(1, 10):
            total += 10.0 ** (i * 50.0 + j)
    return total


for n in (1, 3, 6, 9):
    print(n, run(n))
