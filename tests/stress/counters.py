# The seed article's counters: under a lock the count is exact in both modes;
# without it updates may be lost but nothing crashes.
import threading

ITERS = 100000
counter = 0
lock = threading.Lock()

def locked():
    global counter
    for _ in range(ITERS):
        with lock:
            counter += 1

def unlocked():
    global counter
    for _ in range(ITERS):
        counter += 1

for fn, exact in ((locked, True), (unlocked, False)):
    counter = 0
    threads = [threading.Thread(target=fn) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if exact:
        assert counter == 4 * ITERS, counter
    else:
        assert 0 < counter <= 4 * ITERS, counter
print("ok")
