# Threads append to, pop from and iterate over one shared list.
# Invariant: the final length equals successful appends minus successful pops,
# and every item left is one some thread appended.
import threading

N, ITERS = 4, 20000
shared = []
appended = [0] * N
popped = [0] * N

def worker(k):
    for i in range(ITERS):
        shared.append(k * ITERS + i)
        appended[k] += 1
        if i % 3 == 0:
            try:
                shared.pop()
                popped[k] += 1
            except IndexError:
                pass
        if i % 500 == 0:
            seen = 0
            for item in shared:
                assert type(item) is int, item
                seen += 1
            assert len(shared[10:20]) <= 10
            shared.sort()
            shared.reverse()

threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(shared) == sum(appended) - sum(popped), (len(shared), sum(appended), sum(popped))
assert all(0 <= x < N * ITERS for x in shared)
print("ok", sum(appended))
