# Empty/Full from the non-blocking and timed calls, timeout and task_done errors.
import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait on empty:", type(e).__name__, repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("get(timeout=0.01) on empty: Empty")
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False) on empty: Empty")
q.put("x")
try:
    q.put_nowait("y")
except queue.Full as e:
    print("put_nowait on full:", type(e).__name__, repr(e))
try:
    q.put("y", timeout=0.01)
except queue.Full:
    print("put(timeout=0.01) on full: Full")
try:
    q.put("y", block=False, timeout=5)
except queue.Full:
    print("put(block=False) ignores timeout: Full")
for call in (lambda: q.put("y", timeout=-1), lambda: q.get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print("got", q.get(timeout=0.01))
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()                                    # nothing unfinished: returns at once
print("join returned")

sq = queue.SimpleQueue()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue get timeout: Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue get_nowait: Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
sq.put(1, block=False, timeout=-1)          # put never blocks; arguments ignored
print("SimpleQueue size", sq.qsize())

print("Empty is", queue.Empty)
print("Full is", queue.Full)
q2 = queue.Queue()
q2.get(timeout=0.01)                        # uncaught: the program ends with _queue.Empty
