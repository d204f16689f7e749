# add_done_callback: order, immediate calls on finished futures, cancellation.
from concurrent.futures import Future, ThreadPoolExecutor
import threading

log = []
lock = threading.Lock()


def note(tag):
    def callback(fut):
        with lock:
            if fut.cancelled():
                log.append((tag, "cancelled"))
            elif fut.exception() is not None:
                log.append((tag, "raised " + type(fut.exception()).__name__))
            else:
                log.append((tag, fut.result()))
    return callback


f = Future()
f.add_done_callback(note("first"))
f.add_done_callback(note("second"))
print("before:", log)
f.set_result(42)
print("after set_result:", log)
f.add_done_callback(note("late"))
print("added late:", log[-1])

log.clear()
c = Future()
c.add_done_callback(note("c"))
c.cancel()
print("cancel:", log)

log.clear()
e = Future()
e.add_done_callback(note("e"))
e.set_exception(RuntimeError("x"))
print("exception:", log)

# Callbacks attached to executor futures run once the call is done.
log.clear()
with ThreadPoolExecutor(max_workers=3) as ex:
    for n in range(6):
        ex.submit(pow, n, 3).add_done_callback(note(n))
print("executor callbacks:", sorted(log))

# A failing callback is reported on stderr and the remaining ones still run.
log.clear()
b = Future()
b.add_done_callback(lambda fut: log.append("before"))
b.add_done_callback(lambda fut: 1 / 0)
b.add_done_callback(lambda fut: log.append("after"))
b.set_result(None)
print("with failing callback:", log)

# Chaining: a callback that feeds another future.
out = Future()
src = Future()
src.add_done_callback(lambda fut: out.set_result(fut.result() * 2))
src.set_result(21)
print("chained:", out.result())
