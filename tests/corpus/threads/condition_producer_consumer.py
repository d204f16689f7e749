# A bounded buffer built on Condition: producers wait while it is full,
# consumers while it is empty. Also wait()/wait_for() timeouts and misuse.
import threading
import time

CAPACITY = 3
buf = []
cond = threading.Condition()
consumed = []
max_seen = [0]


def producer(base):
    for i in range(base, base + 25):
        with cond:
            cond.wait_for(lambda: len(buf) < CAPACITY)
            buf.append(i)
            max_seen[0] = max(max_seen[0], len(buf))
            cond.notify_all()


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200, 300)]
consumers = [threading.Thread(target=consumer, args=(20,)) for _ in range(5)]
for t in consumers + producers:
    t.start()
for t in consumers + producers:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(0, 25)) + list(range(100, 125)) + list(range(200, 225)) + list(range(300, 325))))
print("buffer never overfull:", max_seen[0] <= CAPACITY, "left:", buf)

# per-producer order is preserved in the consumption order
for base in (0, 100, 200, 300):
    mine = [x for x in consumed if base <= x < base + 25]
    print(base, mine == sorted(mine))

# timeouts: nobody notifies
for c in (threading.Condition(), threading.Condition(threading.Lock())):
    with c:
        print(c.wait(0), c.wait(0.01), c.wait_for(lambda: 0, timeout=0.01), c.wait_for(lambda: "ok"))
    for meth in (c.wait, c.notify, c.notify_all):
        try:
            meth()
        except RuntimeError as e:
            print("RuntimeError:", e)

# notify(n) wakes exactly n waiters
c = threading.Condition()
ready = []
woken = []
reported = threading.Semaphore(0)


def waiter(i):
    with c:
        ready.append(i)
        c.wait()
        woken.append(i)
    reported.release()


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ws:
    t.start()
while True:
    with c:
        if len(ready) == 5:  # all five are inside wait()
            c.notify(2)
            break
    time.sleep(0.001)
reported.acquire()
reported.acquire()
with c:
    print("after notify(2):", len(woken), len(c._waiters))
    c.notify_all()
for t in ws:
    t.join()
print("after notify_all:", sorted(woken))
