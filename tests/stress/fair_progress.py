# Two CPU-bound threads both make progress (with the global lock, the
# switch-interval hand-over must let the second thread run).
import threading
import time

counts = [0, 0]
stop = False

def spin(k):
    while not stop:
        counts[k] += 1

threads = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
time.sleep(0.3)
stop = True
for t in threads:
    t.join()
assert min(counts) > 0, counts
assert min(counts) * 20 > max(counts), counts  # neither thread starved
print("ok")
