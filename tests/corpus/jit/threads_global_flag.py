# One thread rebinds module globals that another thread's loop reads (the
# outer loop reads the globals, a compiled inner loop does the work): each
# change must be seen, well before the safety cap. LIMIT turns from an int
# into a float and back, so the inner loop also meets a new type.
import threading

STOP = False
LIMIT = 100
started = threading.Event()
saw_float = threading.Event()


def reader(out):
    rounds = 0
    acc = 0
    kinds = set()
    while not STOP and rounds < 2_000_000:
        limit = LIMIT
        i = 0
        while i < limit:
            acc += i
            i += 1
        kinds.add(type(limit).__name__)
        rounds += 1
        if rounds == 10:
            started.set()
        if type(limit) is float:
            saw_float.set()
    out.append((STOP, rounds < 2_000_000, acc > 0, sorted(kinds)))


def writer(out):
    global STOP, LIMIT
    started.wait()
    LIMIT = 50.5
    out.append(saw_float.wait(timeout=30))
    LIMIT = 60
    STOP = True


out = []
r = threading.Thread(target=reader, args=(out,))
w = threading.Thread(target=writer, args=(out,))
r.start()
w.start()
r.join()
w.join()
print(out)
