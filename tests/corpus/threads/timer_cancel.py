# Timer: fires once after its interval, passes args/kwargs, and cancel()
# before it fires prevents the call.
import threading

fired = []

t = threading.Timer(0.01, fired.append, args=["first"])
print(t.name, repr(t), isinstance(t, threading.Thread))
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

t = threading.Timer(30.0, fired.append, args=["never"])
t.start()
t.cancel()
t.join()
print(fired, t.finished.is_set())

# cancel before start: run() returns immediately
t = threading.Timer(30.0, fired.append, args=["never either"])
t.cancel()
t.start()
t.join()
print(fired)


def report(*args, **kwargs):
    fired.append((args, sorted(kwargs.items()), threading.current_thread().name))


t = threading.Timer(0, report, args=(1, 2), kwargs={"k": "v"})
t.start()
t.join()
print(fired[-1])
print(t.interval, t.args, t.kwargs)

# cancelling a timer after it fired is harmless
t.cancel()
print(t.finished.is_set())

# several timers: all fire, each exactly once
lock = threading.Lock()
counts = {}


def bump(name):
    with lock:
        counts[name] = counts.get(name, 0) + 1


timers = [threading.Timer(0.001 * i, bump, args=("t%d" % i,)) for i in range(5)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print(sorted(counts.items()))
print([tm.name for tm in timers])
