# Two threads appending from compiled nests, each to its own list; then
# the seed counter (for/else) in 4 threads running the same code object
# at different limits.
import threading


def fill(dst, k, n):
    j = 0
    for i in range(n):
        for j in range(i % 4):
            dst.append(i * k + j)
    return len(dst)


def count(limit):
    c = 0
    div = 0
    for num in range(2, limit):
        for div in range(2, int(num ** 0.5) + 1):
            if num % div == 0:
                break
        else:
            c += 1
    return c


lists = [[], []]
ts = [threading.Thread(target=fill, args=(lists[k], k + 1, 50_000)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([len(l) for l in lists], [sum(l) for l in lists], lists[1][-3:])

counts = [0] * 4


def run(k):
    counts[k] = count(10 ** (k + 2))


ts = [threading.Thread(target=run, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts)
