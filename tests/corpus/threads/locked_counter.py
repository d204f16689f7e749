# The classic: 4 threads each add 1 to a shared counter 100000 times under
# a Lock. The total must be exact.
import threading

counter = 0
lock = threading.Lock()


def worker():
    global counter
    for _ in range(100000):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(sorted(t.name for t in threads))
print(all(not t.is_alive() for t in threads), threading.active_count())

# per-thread totals through an RLock-protected dict
totals = {}
rlock = threading.RLock()


def tally(name, n):
    for i in range(n):
        with rlock:
            with rlock:
                totals[name] = totals.get(name, 0) + i


threads = [threading.Thread(target=tally, args=("t%d" % k, 1000 * k)) for k in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals.items()))
