# Exceptions raised in submitted calls are re-raised by result() and map().
from concurrent.futures import ThreadPoolExecutor, CancelledError, Future, InvalidStateError
import concurrent.futures as cf
import sys


def boom(n):
    if n % 3 == 0:
        raise ValueError("bad value %d" % n)
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(boom, n) for n in range(1, 7)]
    for f in futures:
        exc = f.exception()
        if exc is None:
            print("ok", f.result())
        else:
            print("failed", type(exc).__name__, exc)
    try:
        futures[2].result()
    except ValueError as e:
        print("result() re-raised:", e)
    it = ex.map(boom, [1, 2, 3, 4])
    got = []
    try:
        for value in it:
            got.append(value)
    except ValueError as e:
        print("map stopped after", got, "with", e)
    f = ex.submit(int, "x")
    try:
        f.result()
    except ValueError as e:
        print("int('x'):", e)
    f = ex.submit(lambda: {}["missing"])
    print("KeyError repr:", repr(f.exception()))
    f = ex.submit(sys.exit, 3)
    print("SystemExit captured:", type(f.exception()).__name__, f.exception().code)

# Futures created by hand.
f = Future()
f.set_exception(ZeroDivisionError("nope"))
print("done:", f.done(), "exception:", repr(f.exception()))
try:
    f.set_result(1)
except InvalidStateError:
    print("set_result after finish: InvalidStateError")
g = Future()
print("cancel pending:", g.cancel(), g.cancelled(), g.done())
for call in (g.result, g.exception):
    try:
        call()
    except CancelledError as e:
        print(call.__name__, "-> CancelledError", repr(e))
h = Future()
try:
    h.result(timeout=0.01)
except cf.TimeoutError as e:
    print("timeout -> TimeoutError, builtin:", type(e) is TimeoutError)
print("running future cannot be cancelled:", h.set_running_or_notify_cancel(), h.cancel())
h.set_result("late")
print("late result:", h.result(), "cancel finished:", h.cancel())
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)

with ThreadPoolExecutor(1) as ex:
    f = ex.submit(boom, 9)
f.result()          # uncaught: the program ends with the ValueError
