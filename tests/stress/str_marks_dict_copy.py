# Threads index one long non-ASCII str at the same time (each may build its
# index of code-point offsets; one is kept), copy a dict that writers are
# changing (dict.copy, dict(d), {**d}: each copy is a consistent table), and
# push/pop a heap through the native _heapq under a lock.
# Invariants: every character read is the right one, every copy holds only
# keys the writers made with their values, and the heap ends sorted.
import heapq
import threading

N = 4
text = "".join(chr(0x3b1 + (i % 20)) for i in range(50000))
d = {i: i * 2 for i in range(200)}
heap = []
heap_lock = threading.Lock()
errors = []
stop = False


def indexer(k):
    for j in range(4000):
        i = (j * 7919 + k * 104729) % len(text)
        if text[i] != chr(0x3b1 + (i % 20)):
            errors.append(("char", i, text[i]))
        if text[i:i + 3] != "".join(chr(0x3b1 + ((i + m) % 20)) for m in range(min(3, len(text) - i))):
            errors.append(("slice", i))


def writer(k):
    for j in range(20000):
        key = 1000 + k * 100000 + j
        d[key] = key * 2
        if j % 2:
            del d[key - 1]
        with heap_lock:
            heapq.heappush(heap, (j * 31 + k) % 997)
            if len(heap) > 50:
                heapq.heappop(heap)


def copier():
    while not stop:
        for c in (d.copy(), dict(d), {**d}):
            for key, v in list(c.items())[:200]:
                if v != key * 2:
                    errors.append(("copy", key, v))


threads = [threading.Thread(target=indexer, args=(k,)) for k in range(N)]
threads += [threading.Thread(target=writer, args=(k,)) for k in range(2)]
copiers = [threading.Thread(target=copier) for _ in range(2)]
for t in threads + copiers:
    t.start()
for t in threads:
    t.join()
stop = True
for t in copiers:
    t.join()
out = [heapq.heappop(heap) for _ in range(len(heap))]
assert out == sorted(out), "heap order"
assert not errors, errors[:5]
print("ok str marks, dict copies, heapq under threads")
