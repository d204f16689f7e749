# Threads mutate attributes of shared instances (own attributes per thread,
# one shared counter under a lock, slots, and adding/deleting attributes).
import threading

N, ITERS = 4, 20000

class Box:
    pass

class Slotted:
    __slots__ = ("a", "b")

shared = Box()
shared.count = 0
slotted = Slotted()
lock = threading.Lock()

def worker(k):
    name = f"attr{k}"
    for i in range(ITERS):
        setattr(shared, name, i)
        assert getattr(shared, name) == i
        with lock:
            shared.count += 1
        slotted.a = (k, i)
        slotted.b = i
        if i % 100 == 0:
            setattr(shared, f"tmp{k}", i)
            delattr(shared, f"tmp{k}")
            vars(shared).copy()

threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert shared.count == N * ITERS, shared.count
assert all(getattr(shared, f"attr{k}") == ITERS - 1 for k in range(N))
assert slotted.a[1] == ITERS - 1 and slotted.b == ITERS - 1
assert not any(hasattr(shared, f"tmp{k}") for k in range(N))
print("ok", shared.count)
