# Threads insert into and delete from one shared dict and one shared set, each
# thread owning a disjoint key range, while readers look up and iterate.
# Invariant: the final contents are exactly what the writers left.
import threading

N, ITERS = 4, 20000
d = {}
s = set()
stop = False

def writer(k):
    base = k * ITERS
    for i in range(ITERS):
        d[base + i] = i
        s.add(base + i)
        if i % 2 == 1:
            del d[base + i - 1]
            s.discard(base + i - 1)
        if i % 1000 == 0:
            d.update({("u", k, i): i})
            d.pop(("u", k, i))

def reader():
    while not stop:
        for key in list(d)[:50]:
            d.get(key)
        len(s)
        sorted(s)[:5] if s else None
        try:
            for key in d:
                pass
        except RuntimeError:
            pass  # "dictionary changed size during iteration", as in CPython

writers = [threading.Thread(target=writer, args=(k,)) for k in range(N)]
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in writers + readers:
    t.start()
for t in writers:
    t.join()
stop = True
for t in readers:
    t.join()
expect = {k * ITERS + i for k in range(N) for i in range(1, ITERS, 2)}
assert set(d) == expect, len(set(d) ^ expect)
assert s == expect
assert all(d[key] == key % ITERS for key in d)
print("ok", len(d), len(s))
