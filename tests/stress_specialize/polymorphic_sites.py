# Threads run the same bytecode while its operand types keep changing, so the
# instructions are specialized, missed, deoptimized and re-specialized by
# several threads at once; other threads mutate the classes, globals and
# module attributes the caches describe. Every value read is checked against
# what the program could legitimately have produced at that moment.
import sys
import threading
import types

N_THREADS = 4
ROUNDS = 3000

errors = []


def check(cond, what):
    if not cond:
        errors.append(what)


# ---- operators on alternating kinds -----------------------------------------

def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


def div(a, b):
    return a / b


def less(a, b):
    return a < b


def contains(x, c):
    return x in c


def index(c, i):
    return c[i]


OPERANDS = [
    (3, 4), (2.5, 4), (3, 0.5), (1.5, 2.5), ("ab", "cd"), (2**62, 2**62),
    (-7, 3), (True, 2), ([1], [2]), ((1,), (2, 3)), (10**30, 1),
]


def expected_ops():
    out = []
    for a, b in OPERANDS:
        row = [a + b, a < b]
        try:
            row.append(a * b)
        except TypeError:
            row.append("TypeError")
        try:
            row.append(a - b)
        except TypeError:
            row.append("TypeError")
        try:
            row.append(a / b)
        except TypeError:
            row.append("TypeError")
        out.append(row)
    return out


EXPECTED_OPS = expected_ops()


def ops_worker(k):
    for r in range(ROUNDS):
        i = (r + k) % len(OPERANDS)
        a, b = OPERANDS[i]
        row = [add(a, b), less(a, b)]
        for f in (mul, sub, div):
            try:
                row.append(f(a, b))
            except TypeError:
                row.append("TypeError")
        check(row == EXPECTED_OPS[i], ("ops", a, b, row))
        j = r % 6
        c = [[1, 2, 3], (1, 2, 3), {1: "x", 2: "y"}, "123", {1, 2}, range(5)][j]
        check(contains("2" if j == 3 else 2, c), ("contains", c))
        check(not contains("9" if j == 3 else 9, c), ("not contains", c))
        if j != 4:
            got = index(c, 1)
            check(got == [2, 2, "x", "2", None, 1][j], ("index", c, got))


# ---- attributes while classes change ----------------------------------------

class Shape:
    __slots__ = ("w",)

    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @property
    def twice(self):
        return self.v * 2


class Other:
    # same names as Box, different meanings: a site that alternates between
    # the two must never apply one class's cache to the other
    def get(self):
        return "other"

    @property
    def v(self):
        return "prop"   # a data descriptor: wins over the instance dict


def get_v2(self):
    return self.v + 1000


stop = threading.Event()


def class_mutator():
    # flips Box.get between two versions, adds and removes a class attribute
    # that instances may shadow, and swaps the property
    n = 0
    while not stop.is_set():
        Box.get = get_v2 if n % 2 else _orig_get
        Box.extra = n
        if n % 3 == 0:
            del Box.extra
        Box.twice = property(lambda self: self.v * 2) if n % 2 else _orig_twice
        n += 1


_orig_get = Box.get
_orig_twice = Box.__dict__["twice"]


FINAL = False   # set once the mutators stopped: the sites must see their last writes


def attrs_worker(k):
    boxes = [Box(i) for i in range(8)]
    shadow = Box(5)
    shadow.get = lambda: "shadowed"
    shapes = [Shape(i) for i in range(8)]
    other = Other()
    other.__dict__["v"] = "dict"
    for r in range(ROUNDS):
        o = [boxes[r % 8], other][r % 2]
        got, val = o.get(), o.v
        if o is other:
            check(got == "other" and val == "prop", ("other", got, val))
        elif FINAL:
            check(got == o.v + FINAL_GET, ("stale method at shared site", got))
        else:
            check(got in (o.v, o.v + 1000), ("shared site", got))
        b = boxes[r % 8]
        g = b.get()
        if FINAL:
            check(g == b.v + FINAL_GET, ("stale method", g, b.v))
            check(b.twice == b.v * 3, ("stale property", b.v))
        else:
            check(g in (b.v, b.v + 1000), ("get", g, b.v))
            check(b.twice == b.v * 2, ("twice", b.v))
        check(b.v == r % 8, ("v", b.v))
        check(shadow.get() == "shadowed", "shadow")
        e = getattr(b, "extra", None)
        check(e is None or isinstance(e, int), ("extra", e))
        s = shapes[r % 8]
        check(s.area() == (r % 8) ** 2, ("area", s.w))
        s.w = r % 8
        b.v = r % 8
        # alternate the receiver kind at the same LOAD_ATTR / LOAD_METHOD sites
        obj = [b, s, types, sys, 3, "str", Box][r % 7]
        n = getattr(obj, "__name__", None)
        check(n in (None, "types", "sys", "Box"), ("name", n))


# ---- globals and module attributes rebound ----------------------------------

G = 0
GFUNC = len
mod = types.ModuleType("mod")
mod.value = 0


def global_rebinder():
    global G, GFUNC
    n = 0
    while not stop.is_set():
        G = n if n % 2 else str(n)
        GFUNC = len if n % 2 else (lambda x: -1)
        mod.value = n
        n += 1


def globals_worker(k):
    last = -1
    for r in range(ROUNDS):
        g = G
        f = GFUNC
        res = f([1, 2, 3])
        m = mod.value
        if FINAL:
            check(g == "final" and res == -2 and m == -5, ("stale global", g, res, m))
        else:
            check(isinstance(g, (int, str)), ("G", g))
            check(res in (3, -1), ("GFUNC", res))
            check(isinstance(m, int) and m >= last, ("mod.value", m, last))
        last = m
        check(len([1, 2]) == 2 and isinstance(r, int), "builtins")


# ---- calls and iteration sites with alternating targets ----------------------

def one(a):
    return ("one", a)


def two(a, b):
    return ("two", a, b)


def dflt(a, b=5):
    return ("dflt", a, b)


def gen(n):
    for i in range(n):
        yield i


def calls_worker(k):
    for r in range(ROUNDS):
        f = [one, dflt, str, len, Box, int][r % 6]
        arg = [7, 7, 7, [1, 2], 9, "12"][r % 6]
        res = f(arg)
        want = [("one", 7), ("dflt", 7, 5), "7", 2, None, 12][r % 6]
        if r % 6 == 4:
            check(isinstance(res, Box) and res.v == 9, ("Box()", res))
        else:
            check(res == want, ("call", f, res))
        check(two(r, k) == ("two", r, k), "two")
        it = [[1, 2, 3], (1, 2, 3), range(1, 4), gen(4), {1: 0, 2: 0, 3: 0}, "123"][r % 6]
        tot = 0
        for x in it:
            tot += int(x)
        check(tot == 6, ("for", it, tot))
        a, b = [(1, 2), [1, 2], "12", (1.0, 2.0)][r % 4]
        check(int(a) + int(b) == 3, ("unpack", a, b))


def run_workers(target):
    threads = [threading.Thread(target=target, args=(k,)) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


mutators = [threading.Thread(target=class_mutator), threading.Thread(target=global_rebinder)]
for m in mutators:
    m.start()
for w in (ops_worker, attrs_worker, globals_worker, calls_worker):
    run_workers(w)
stop.set()
for m in mutators:
    m.join()

# the last writes must now be what every (specialized) site sees; twice, so
# that a site whose cache happened to hold the final method is caught too
Box.twice = property(lambda self: self.v * 3)
G = "final"
GFUNC = lambda x: -2
mod.value = -5
FINAL = True
for method, extra in ((get_v2, 1000), (_orig_get, 0)):
    Box.get = method
    FINAL_GET = extra
    for w in (attrs_worker, globals_worker):
        run_workers(w)

if errors:
    print("FAILED", len(errors), errors[:5])
    sys.exit(1)
print("ok", N_THREADS, "threads x", ROUNDS, "rounds on polymorphic sites")
