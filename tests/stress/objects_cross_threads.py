# Objects created on one thread and dropped on another: the biased-counting
# queue and merge paths. A sentinel object is referenced from containers that
# producers build and consumers drop; once all is done its count is back to
# where it started (nothing leaked, nothing freed twice).
import sys
import threading

N, ITEMS = 2, 20000
sentinel = ["sentinel"]
base = sys.getrefcount(sentinel)
inbox = []
lock = threading.Lock()
produced_done = threading.Event()

def producer():
    for i in range(ITEMS):
        item = [sentinel, {"i": i, "s": sentinel}, (sentinel, str(i))]
        with lock:
            inbox.append(item)

def consumer(out):
    got = 0
    while True:
        with lock:
            item = inbox.pop() if inbox else None
        if item is None:
            if produced_done.is_set():
                with lock:
                    if not inbox:
                        break
            continue
        assert item[0] is sentinel and item[1]["s"] is sentinel
        got += 1
        del item
    out.append(got)

counts = []
producers = [threading.Thread(target=producer) for _ in range(N)]
consumers = [threading.Thread(target=consumer, args=(counts,)) for _ in range(N)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
produced_done.set()
for t in consumers:
    t.join()
assert sum(counts) == N * ITEMS, counts
# let this thread merge what other threads queued for it
for _ in range(1000):
    pass
assert sys.getrefcount(sentinel) == base, (sys.getrefcount(sentinel), base)
print("ok", sum(counts))
