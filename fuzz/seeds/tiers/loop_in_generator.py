# Compiled loops inside generators: an inner loop runs to completion
# between yields, and resumes correctly after each yield and send.


def chunk_sums(n, size):
    start = 0
    while start < n:
        s = 0
        for i in range(start, min(start + size, n)):
            s += i * i
        yield s
        start += size


def running(limit):
    total = 0
    while True:
        step = yield total
        if step is None:
            return
        k = 0
        while k < step:
            total += k
            k += 1
        if total > limit:
            return


print(list(chunk_sums(10, 3)), sum(chunk_sums(100_000, 1000)))
g = running(10 ** 6)
print(next(g), g.send(10), g.send(100), g.send(1000))
try:
    g.send(10_000)
except StopIteration as e:
    print("stopped", e.value)
print(list(zip(chunk_sums(6, 2), chunk_sums(6, 3))))
