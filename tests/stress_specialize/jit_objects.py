# Threads run compiled loops over shared objects: lists whose items they
# read and write (the JIT's list helpers), instances whose attributes they
# update, lists other threads append to and pop from while they iterate
# them, and module functions another thread rebinds (a compiled loop loads
# them through the globals' version guard). Objects move between threads,
# so their counts go through both the inline owner path and the shared
# one. Every result is checked against what the program could have done.
import sys
import threading

N_THREADS = 4
ROUNDS = 4000

errors = []


def check(cond, what):
    if not cond:
        errors.append(what)


class Cell:
    def __init__(self):
        self.value = 0.0
        self.hits = 0


shared = [0.0] * N_THREADS
cells = [Cell() for _ in range(N_THREADS)]
common = [1.5, 2.5, 3.5, 4.5]
queue = []
lock = threading.Lock()


def step(x):
    return x + 1


def other_step(x):
    return x + 1


# ---- phase 0: a thread starts while a compiled loop indexes a list ----------
# (compiled code reads a list's items directly only while one thread runs;
# from the second thread's start on it must take the runtime's locked path,
# or it would read items the resizing thread has moved)
grow = [1.0] * 64
grow_stop = False


def resizer():
    while not grow_stop:
        grow.append(2.0)
        grow.append(2.0)
        del grow[64:]


def indexer():
    global grow_stop
    th = None
    s = 0.0
    for i in range(ROUNDS * 50):
        if i == 1000:
            th = threading.Thread(target=resizer)
            th.start()
        x = grow[i % 64]
        grow[-64 + i % 64] = x
        s += x
    grow_stop = True
    th.join()
    return s


got = indexer()
check(got == ROUNDS * 50.0, "indexing while another thread resized gave %r" % got)
check(grow[:64] == [1.0] * 64, "the first 64 items changed: %r" % grow[:64])


# ---- phase 1: own slots of shared lists and objects --------------------------
def own_slots(t):
    c = cells[t]
    for i in range(ROUNDS):
        shared[t] = shared[t] + 0.5
        c.value = c.value + common[i % 4]
        c.hits += 1
        total = 0.0
        for x in common:
            total += x
        check(total == 12.0, "thread %d summed the common list to %r" % (t, total))


ts = [threading.Thread(target=own_slots, args=(t,)) for t in range(N_THREADS)]
for th in ts:
    th.start()
for th in ts:
    th.join()
for t in range(N_THREADS):
    check(shared[t] == ROUNDS * 0.5, "slot %d is %r" % (t, shared[t]))
    check(cells[t].hits == ROUNDS, "cell %d has %d hits" % (t, cells[t].hits))
    check(cells[t].value == ROUNDS / 4 * 12.0, "cell %d is %r" % (t, cells[t].value))

# ---- phase 2: iterating lists others append to and pop from ------------------
stop = False


def producer():
    k = 0
    while not stop:
        with lock:
            queue.append(float(k % 10))
            if len(queue) > 50:
                del queue[:25]
        k += 1


def reader(t, out):
    seen = 0
    bad = 0
    for r in range(ROUNDS // 4):
        for x in queue:
            if not (0.0 <= x <= 9.0):
                bad += 1
            seen += 1
    out[t] = (seen, bad)


out = [None] * N_THREADS
p = threading.Thread(target=producer)
p.start()
ts = [threading.Thread(target=reader, args=(t, out)) for t in range(N_THREADS)]
for th in ts:
    th.start()
for th in ts:
    th.join()
stop = True
p.join()
for t, (seen, bad) in enumerate(out):
    check(bad == 0, "thread %d read %d impossible items" % (t, bad))

# ---- phase 3: a module function rebound while loops call it -----------------
def calls(t, out):
    n = 0
    v = 0
    while n < 10_000_000:
        v = step(1)
        if v == 3:
            break
        check(v == 2, "thread %d: step(1) gave %r" % (t, v))
        n += 1
    out[t] = v


def rebound(x):
    return x + 2


out = [None] * N_THREADS
ts = [threading.Thread(target=calls, args=(t, out)) for t in range(N_THREADS)]
for th in ts:
    th.start()
spin = 0
while spin < 200_000:
    spin += 1
globals()["step"] = rebound
for th in ts:
    th.join()
for t in range(N_THREADS):
    check(out[t] == 3, "thread %d never saw step rebound: %r" % (t, out[t]))

# ---- phase 4: objects made by one thread, released by others ----------------
made = [[float(i), (i, i)] for i in range(2000)]


def consume(t, out):
    acc = 0.0
    for r in range(20):
        for pair in made:
            f, (a, b) = pair
            acc += f + a - b
    out[t] = acc


out = [None] * N_THREADS
ts = [threading.Thread(target=consume, args=(t, out)) for t in range(N_THREADS)]
for th in ts:
    th.start()
for th in ts:
    th.join()
want = 20 * sum(float(i) for i in range(2000))
for t in range(N_THREADS):
    check(out[t] == want, "thread %d summed %r, not %r" % (t, out[t], want))

if errors:
    print("FAILED")
    for e in errors[:20]:
        print(e)
    sys.exit(1)
print("ok")
