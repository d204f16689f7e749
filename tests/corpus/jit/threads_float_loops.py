# Threads running compiled float loops that start from one shared float
# object (a global): each thread's result is exact and the global unchanged.
import threading

BASE = 0.5
results = {}
lock = threading.Lock()


def work(k):
    x = BASE
    y = BASE
    for i in range(50_000):
        x = x + 0.25
        y = y * 1.0000001 - 0.0000001 * k
    with lock:
        results[k] = (x, y)


threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(BASE)
