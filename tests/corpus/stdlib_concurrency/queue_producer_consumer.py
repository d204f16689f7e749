# Queue with two producers and three consumers, bounded so producers block.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
results_lock = threading.Lock()
SENTINEL = None


def producer(start):
    for i in range(start, start + 20):
        q.put(i)


def consumer():
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            return
        with results_lock:
            results.append(item * 10)
        q.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(s,)) for s in (0, 100)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()                      # every produced item has been processed
print("processed", len(results), "items")
print("sum", sum(results))
print("sorted head", sorted(results)[:5])
print("sorted tail", sorted(results)[-3:])
for _ in consumers:
    q.put(SENTINEL)
for t in consumers:
    t.join()
print("queue empty:", q.empty(), "size:", q.qsize(), "unfinished:", q.unfinished_tasks)
print("all consumers finished:", not any(t.is_alive() for t in consumers))
