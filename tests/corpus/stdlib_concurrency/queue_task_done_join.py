# Worker threads call task_done(); join() waits for them; LIFO/priority across threads.
import queue
import threading

work = queue.Queue()
done = []
lock = threading.Lock()


def worker(wid):
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append((item, item ** 2))
        work.task_done()


threads = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(4)]
for t in threads:
    t.start()
for n in range(50):
    work.put(n)
work.join()
print("after join:", len(done), "done, unfinished =", work.unfinished_tasks)
print("squares of 0..9:", [sq for n, sq in sorted(done)][:10])
for _ in threads:
    work.put(None)
work.join()
for t in threads:
    t.join()
print("names:", sorted(t.name for t in threads))

# A priority queue filled by several threads is drained in priority order.
pq = queue.PriorityQueue()


def fill(base):
    for k in range(5):
        pq.put((base + k * 3, "job-%d" % (base + k * 3)))


fillers = [threading.Thread(target=fill, args=(b,)) for b in (0, 1, 2)]
for t in fillers:
    t.start()
for t in fillers:
    t.join()
print("priority order:", [pq.get()[1] for _ in range(pq.qsize())][:6], "...")

# A LifoQueue used as a stack between a pusher and a popper thread.
stack = queue.LifoQueue()
for i in range(5):
    stack.put(i)
popped = []
t = threading.Thread(target=lambda: popped.extend(stack.get() for _ in range(5)))
t.start()
t.join()
print("lifo popped:", popped)

# SimpleQueue handing results back from threads.
sq = queue.SimpleQueue()
ts = [threading.Thread(target=lambda i=i: sq.put(i * i)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("simple results:", sorted(sq.get() for _ in range(8)))
