# shutdown(): waiting, cancel_futures, errors after shutdown, context manager.
from concurrent.futures import ThreadPoolExecutor, Executor
import concurrent.futures as cf
import threading

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(sum, [1, 2, 3])
ex.shutdown(wait=True)
print("result after shutdown:", f.result())
try:
    ex.submit(sum, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ex.map(abs, [1])
except RuntimeError as e:
    print("map RuntimeError:", e)
ex.shutdown()                                      # shutting down twice is fine
print("second shutdown ok")

# cancel_futures=True cancels the calls that have not started.
gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "blocker done"


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
started.wait()
rest = [ex.submit(pow, 2, n) for n in range(5)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print("running one:", first.result())
print("queued ones cancelled:", [f.cancelled() for f in rest])

# shutdown(wait=False) returns at once; queued work still completes.
gate2 = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
pending = [ex.submit(lambda i=i: (gate2.wait(), i)[1]) for i in range(3)]
ex.shutdown(wait=False)
gate2.set()
print("after wait=False:", [f.result() for f in pending])

with ThreadPoolExecutor(2) as ex:
    fut = ex.submit(str, 123)
print("context manager result:", fut.result(), fut.done())
try:
    fut2 = ex.submit(str, 1)
except RuntimeError as e:
    print("after with:", e)

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer="nope")
except TypeError as e:
    print("TypeError:", e)

# A failing initializer breaks the pool.
def bad_init():
    raise OSError("init failed")


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(int, 5)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, "-", e)
try:
    ex.submit(int, 6)
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__)
ex.shutdown()

# The abstract base class.
try:
    Executor().submit(print)
except NotImplementedError:
    print("Executor.submit: NotImplementedError")
with Executor() as base:
    print("Executor is a context manager:", base.shutdown() is None)
