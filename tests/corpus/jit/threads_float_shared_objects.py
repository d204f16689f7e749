# Float objects made by one thread and read into compiled-loop locals by
# another (and the other way round): the loops never change the shared
# objects.
import threading

shared = [float(k) + 0.5 for k in range(4)]
made = []
made_lock = threading.Lock()


def bump(k, n):
    x = shared[k]
    for _ in range(n):
        x = x + 1.0
    return x


results = [None] * 4


def worker(k):
    results[k] = bump(k, 1000)
    v = float(k) * 3.25
    with made_lock:
        made.append(v)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, shared)


def double_each(vals, n):
    out = []
    for v in vals:
        y = v
        i = 0
        while i < n:
            y = y * 2.0
            i += 1
        out.append(y)
    return out


print(double_each(sorted(made), 3), sorted(made))
