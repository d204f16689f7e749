# Four threads appending to one shared list from compiled nests: no append
# is lost or duplicated (in both lock modes).
import threading

shared = []


def fill(dst, k, n):
    j = 0
    for i in range(n):
        for j in range(4):
            dst.append(i * 4 + j + k)
    return len(dst)


ts = [threading.Thread(target=fill, args=(shared, k * 10_000_000, 100_000)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared), len(set(shared)))
print(sorted(shared)[:3], sorted(shared)[-3:])
