# FIFO, LIFO, priority and simple queues: ordering, sizes and subclass hooks.
import queue

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    fifo.put(x)
    lifo.put(x)
    prio.put(x)
print("fifo", [fifo.get() for _ in range(5)])
print("lifo", [lifo.get() for _ in range(5)])
print("prio", [prio.get() for _ in range(5)])

tasks = queue.PriorityQueue()
for entry in [(2, "write"), (1, "read"), (3, "close"), (1, "open")]:
    tasks.put(entry)
order = []
while not tasks.empty():
    order.append(tasks.get_nowait())
print("tasks", order)

sq = queue.SimpleQueue()
for word in "alpha beta gamma".split():
    sq.put(word)
sq.put_nowait("delta")
print("simple size", sq.qsize(), "empty", sq.empty())
print("simple", [sq.get() for _ in range(3)], sq.get_nowait(), sq.empty())


class UpperQueue(queue.Queue):
    """Stores items upper-cased through the _put hook."""
    def _put(self, item):
        self.queue.append(item.upper())


uq = UpperQueue()
uq.put("abc")
uq.put("xyz")
print("subclass", uq.get(), uq.get(), uq.qsize())

bounded = queue.Queue(2)
print("maxsize", bounded.maxsize, "full", bounded.full())
bounded.put(1)
bounded.put(2)
print("full", bounded.full(), "size", bounded.qsize())
print("unbounded full", queue.Queue(0).full(), queue.Queue(-1).full())
print(queue.Queue[int], sorted(queue.__all__))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.LifoQueue.__mro__[1] is queue.Queue, isinstance(prio, queue.Queue))
