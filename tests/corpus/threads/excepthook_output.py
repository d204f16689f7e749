# Uncaught exceptions in threads go to threading.excepthook. A custom hook
# sees (exc_type, exc_value, exc_traceback, thread); SystemExit is ignored
# by the default hook; the default hook writes "Exception in thread NAME:"
# and the traceback to stderr.
import io
import sys
import threading


def fail(kind):
    raise kind("failure in " + threading.current_thread().name)


records = []


def hook(args):
    records.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                    args.exc_traceback is not None, len(args)))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
for kind, name in ((ValueError, "v"), (KeyError, "k"), (SystemExit, "s")):
    t = threading.Thread(target=fail, args=(kind,), name=name)
    t.start()
    t.join()
    print(name, "alive after failure:", t.is_alive())
for r in records:
    print(r)

# the default hook, with stderr captured
threading.excepthook = threading.__excepthook__
captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
try:
    for kind, name in ((ZeroDivisionError, "zero"), (SystemExit, "quiet")):
        t = threading.Thread(target=fail, args=(kind,), name=name)
        t.start()
        t.join()
finally:
    sys.stderr = saved
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print("quiet" in captured.getvalue())

# ExceptHookArgs is a 4-sequence
a = threading.ExceptHookArgs([TypeError, TypeError("x"), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, tuple(a)[0] is TypeError)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)

# calling the default hook directly with no thread names the thread by ident
captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
try:
    threading.excepthook(threading.ExceptHookArgs([ValueError, ValueError("direct"), None, None]))
finally:
    sys.stderr = saved
lines = captured.getvalue().splitlines()
print(lines[0] == "Exception in thread %d:" % threading.get_ident(), lines[-1])

# the program goes on normally after failures in threads
print("main done")
