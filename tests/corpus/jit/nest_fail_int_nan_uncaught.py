# int() of a nan computed inside an inner loop, uncaught: ValueError with
# CPython's traceback after the partial output.


def run(n):
    out = []
    j = 0
    for i in range(n):
        x = 1e308 * (i + 1)
        for j in range(3):
            out.append(int(x - x * 0.5 - 1e307 * j))
    return out


for n in (1, 2, 5):
    print(n, len(run(n)))
