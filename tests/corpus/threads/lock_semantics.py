# Lock and RLock: blocking, timeouts, ownership, context managers, errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(RuntimeError(), threading.ThreadError))

with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# a Lock may be released by a different thread than the one that took it
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", lock.locked())

# the lock is released when the with-body raises
try:
    with lock:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, lock.locked())

rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release()
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# another thread can neither take nor release an RLock we hold
out = []


def other():
    out.append(rl.acquire(blocking=False))
    out.append(rl.acquire(timeout=0.01))
    try:
        rl.release()
    except RuntimeError as e:
        out.append(str(e))


with rl:
    with rl:
        t = threading.Thread(target=other)
        t.start()
        t.join()
print(out)


# recursion with an RLock
def fact(n):
    with rl:
        return 1 if n <= 1 else n * fact(n - 1)


print(fact(10))


# once free, another thread can take it
def other_free():
    out.append(rl.acquire(blocking=False))
    rl.release()


t = threading.Thread(target=other_free)
t.start()
t.join()
print(out[3:])
print(callable(threading.Lock), callable(threading.RLock))
