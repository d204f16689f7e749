# One function whose loop is compiled for ints, then called with floats,
# bools and big ints (the entry guards must send those to the interpreter).


def accumulate(start, step, n):
    x = start
    for _ in range(n):
        x = x + step
    return x


def compare_loop(a, b, n):
    hits = 0
    i = 0
    while i < n:
        if a < b:
            hits += 1
        a = a + 1
        i += 1
    return hits, a


print(accumulate(0, 3, 10), accumulate(0.0, 0.25, 10), accumulate(1, 0.5, 4))
print(accumulate(True, 1, 3), accumulate(2 ** 70, 1, 3), accumulate(0, 2 ** 70, 3))
print(accumulate("a", "b", 3), accumulate(0, 3, 10), accumulate(-1.5, 3, 2))
print(accumulate(2 ** 62 - 2, 1, 5), accumulate(2 ** 62 + 5, -1, 7))
print(compare_loop(0, 5, 10), compare_loop(0.5, 5, 10), compare_loop(0, 5.5, 10))
print(compare_loop(2 ** 53, 2 ** 53 + 3.0, 5), compare_loop(False, True, 2))
