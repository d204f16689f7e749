# Threads append to, pop from, index, slice-assign and iterate one shared
# array('d'), extend another, and byteswap a third twice over.
# Invariants: lengths add up exactly; every item read is one some thread
# wrote (never a torn or half-swapped value).
import threading
from array import array

N, ITERS = 4, 20000
shared = array("d")
ints = array("i", range(64))
grow = array("i")
appended = [0] * N
popped = [0] * N
extended = [0] * N


def worker(k):
    for i in range(ITERS):
        shared.append(float(k * ITERS + i))
        appended[k] += 1
        if i % 3 == 0:
            try:
                shared.pop()
                popped[k] += 1
            except IndexError:
                pass
        n = len(shared)
        if n:
            try:
                x = shared[i % n]
                assert x == int(x) and 0 <= x < N * ITERS, x
            except IndexError:
                pass
        if i % 97 == 0:
            grow.extend([7, 7])
            extended[k] += 2
            ints.byteswap()
            ints.byteswap()
        if i % 500 == 0:
            for x in shared:
                assert 0 <= x < N * ITERS, x
            shared[0:0] = array("d")
            assert len(shared[10:20]) <= 10
            for v in ints:
                assert 0 <= v < 64 or v >= 1 << 24, v


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(shared) == sum(appended) - sum(popped), (len(shared), sum(appended), sum(popped))
assert len(grow) == sum(extended), len(grow)
assert all(v == 7 for v in grow)
assert ints.tolist() == list(range(64))
print("ok", sum(appended))
