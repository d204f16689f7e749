# Threads starting threads: a tree of depth 3 and fan-out 3, each node adding
# to a counter under a lock.
import threading

lock = threading.Lock()
count = 0

def node(depth):
    global count
    with lock:
        count += 1
    if depth == 0:
        return
    kids = [threading.Thread(target=node, args=(depth - 1,)) for _ in range(3)]
    for t in kids:
        t.start()
    for t in kids:
        t.join()

node(3)
assert count == 1 + 3 + 9 + 27, count
assert threading.active_count() == 1, threading.active_count()
print("ok", count)
