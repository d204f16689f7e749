# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(3)
active = [0]
peak = [0]
guard = threading.Lock()
done = []


def job(i):
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.002)
        with guard:
            active[0] -= 1
            done.append(i)


threads = [threading.Thread(target=job, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within limit:", 1 <= peak[0] <= 3, "active:", active[0], sorted(done))

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1.0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(threading.Semaphore(0).acquire(timeout=0))

b = threading.BoundedSemaphore(2)
with b:
    with b:
        print("both taken:", b.acquire(False))
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
b.release()
print(isinstance(b, threading.Semaphore), repr(b).endswith("value=2/2>"), repr(s).endswith("value=0>"))

# a semaphore as a signal: the releaser is another thread
sig = threading.Semaphore(0)
order = []


def signaller():
    order.append("signal")
    sig.release()


t = threading.Thread(target=signaller)
t.start()
sig.acquire()
order.append("received")
t.join()
print(order)
