# A sum of squares split into 4 chunks, one per worker, compared with the serial sum.
from concurrent.futures import ThreadPoolExecutor, as_completed
import queue
import threading

N = 2000
numbers = list(range(1, N + 1))
chunks = [numbers[i::4] for i in range(4)]


def sum_squares(chunk):
    total = 0
    for x in chunk:
        total += x * x
    return total


with ThreadPoolExecutor(max_workers=4) as ex:
    partials = list(ex.map(sum_squares, chunks))
print("partials:", partials)
print("total:", sum(partials), "serial:", sum(x * x for x in numbers),
      "formula:", N * (N + 1) * (2 * N + 1) // 6)

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(sum_squares, c): i for i, c in enumerate(chunks)}
    by_index = sorted((futs[f], f.result()) for f in as_completed(futs))
print("as_completed by chunk:", by_index == list(enumerate(partials)))

# The same with plain threads and a results queue.
results = queue.Queue()
threads = [threading.Thread(target=lambda c=c, i=i: results.put((i, sum_squares(c))))
           for i, c in enumerate(chunks)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = sorted(results.get_nowait() for _ in range(4))
print("threads:", collected)
print("same as executor:", [v for _, v in collected] == partials)

# Shared counter protected by a lock, updated from the pool.
counter = [0]
lock = threading.Lock()


def add(n):
    for _ in range(n):
        with lock:
            counter[0] += 1


with ThreadPoolExecutor(4) as ex:
    list(ex.map(add, [250] * 4))
print("counter:", counter[0])
