# wait() with each return_when mode and as_completed(), results sorted.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed
import threading

gate = threading.Event()


def slow(n):
    gate.wait()
    return n * 2


def fail(n):
    raise ValueError(n)


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(pow, 2, n) for n in range(8)]
    done, not_done = wait(fs)
    print("ALL_COMPLETED:", len(done), len(not_done), sorted(f.result() for f in done))
    print("named tuple:", type(wait(fs)).__name__, wait(fs)._fields)

    blocked = ex.submit(slow, 5)
    quick = ex.submit(pow, 3, 2)
    r = wait([blocked, quick], return_when=cf.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", [f.result() for f in r.done], blocked in r.not_done)
    r = wait([blocked], timeout=0.01)
    print("timeout:", len(r.done), len(r.not_done))
    bad = ex.submit(fail, 1)
    r = wait([blocked, bad], return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", [repr(f.exception()) for f in r.done], len(r.not_done))
    try:
        list(as_completed([blocked], timeout=0.01))
    except cf.TimeoutError as e:
        print("as_completed timeout:", e)
    gate.set()
    print("released:", blocked.result())

    fs = [ex.submit(pow, n, 2) for n in range(10)]
    fs.append(fs[0])                               # duplicates are yielded once
    print("as_completed:", sorted(f.result() for f in as_completed(fs)))

f1, f2, f3 = Future(), Future(), Future()
f1.set_result("one")
f2.cancel()
print("notify cancel:", f2.set_running_or_notify_cancel())   # executors do this
print("pre-done:", sorted(str(f.cancelled()) for f in as_completed([f1, f2])))
r = wait([f1, f3], return_when=cf.FIRST_COMPLETED)
print("FIRST_COMPLETED already done:", [f.result() for f in r.done], len(r.not_done))
it = as_completed([f1, f3], timeout=0.01)
got = []
try:
    for f in it:
        got.append(f.result())
except TimeoutError as e:
    print("partial:", got, "then", e)
try:
    wait([f3], return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)
print("empty wait:", wait([]))
print("constants:", cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
