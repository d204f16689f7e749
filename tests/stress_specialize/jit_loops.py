# Threads run compiled loop nests (they read the builtins `range` and `int`)
# while other threads rebind those names, churn the module's key set and run
# the same code: a compiled loop checks its namespaces at every outer back
# edge, so each thread must see a rebinding within a bounded number of
# iterations, and every sum computed before or after must be exact.
import builtins
import threading

N_THREADS = 3
CAP = 20_000_000
errors = []


def check(cond, what):
    if not cond:
        errors.append(what)


def sums_until_range_changes(t, out):
    # each outer iteration sums range(0, 10): 45 with the builtin, 55 once
    # the module global `range` shadows it
    n = 0
    s = 45
    while n < CAP:
        s = 0
        for i in range(0, 10):
            s += i
        if s != 45:
            break
        n += 1
    out[t] = (s, n)


def exact_work(t, out):
    # a nest whose results are checked, running while the key set churns
    total = 0
    for a in range(200):
        for b in range(a, a + 50):
            total += int(b * 0.5) % 7
    out[t] = total


def expected_exact():
    total = 0
    a = 0
    while a < 200:
        b = a
        while b < a + 50:
            total += (b // 2) % 7
            b += 1
        a += 1
    return total


def fake_range(a, b):
    return builtins.range(a, b + 1)


# ---- phase 1: rebinding `range` in the module globals ------------------------
out = [None] * N_THREADS
ts = [threading.Thread(target=sums_until_range_changes, args=(t, out)) for t in range(N_THREADS)]
for th in ts:
    th.start()
# let the loops get hot and compiled
spin = 0
while spin < 200_000:
    spin += 1
globals()["range"] = fake_range
for th in ts:
    th.join()
del globals()["range"]
for t, (s, n) in enumerate(out):
    check(s == 55, "thread %d saw sum %d" % (t, s))
    check(n < CAP, "thread %d never saw the rebinding" % t)

# ---- phase 2: churning the key set while exact nests run --------------------
stop = False


def churn():
    k = 0
    while not stop:
        globals()["churn_%d" % (k % 8)] = k
        if k % 3 == 0:
            globals().pop("churn_%d" % ((k + 4) % 8), None)
        k += 1


want = expected_exact()
for rnd in range(5):
    out = [None] * N_THREADS
    ch = threading.Thread(target=churn)
    ch.start()
    ts = [threading.Thread(target=exact_work, args=(t, out)) for t in range(N_THREADS)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    stop = True
    ch.join()
    stop = False
    for t in range(N_THREADS):
        check(out[t] == want, "round %d thread %d: %r != %r" % (rnd, t, out[t], want))

# ---- phase 3: rebinding builtins.int while loops use it ---------------------
real_int = builtins.int


class Doubling:
    def __call__(self, x):
        return real_int(x) * 2


def int_loop(t, out):
    n = 0
    v = 0
    while n < CAP:
        v = 0
        for i in range(3):
            v += int(1.5)
        # a rebinding in the middle of an iteration gives 4 or 5 once;
        # the next iteration sees it whole
        if v == 6:
            break
        check(v in (3, 4, 5), "thread %d: int(1.5) summed to %d" % (t, v))
        n += 1
    out[t] = (v, n)


out = [None] * N_THREADS
ts = [threading.Thread(target=int_loop, args=(t, out)) for t in range(N_THREADS)]
for th in ts:
    th.start()
spin = 0
while spin < 200_000:
    spin += 1
builtins.int = Doubling()
for th in ts:
    th.join()
builtins.int = real_int
for t, (v, n) in enumerate(out):
    check(v == 6, "thread %d saw %d after int was rebound" % (t, v))
    check(n < CAP, "thread %d never saw int rebound" % t)

if errors:
    print("FAILED")
    for e in errors[:20]:
        print(e)
else:
    print("ok")
