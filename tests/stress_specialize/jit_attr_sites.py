# Threads run the same compiled loops (their attribute, method, subscript and
# comparison helpers use the instruction's inline cache and re-specialize it
# when it misses), each over receivers of several classes, while another
# thread changes those classes' methods and class attributes. Every value
# read is checked against what the program could have produced then.
import sys
import threading

N_THREADS = 4
ROUNDS = 3000

errors = []


def check(cond, what):
    if not cond:
        errors.append(what)


class A:
    kind = 1

    def __init__(self, v):
        self.v = v
        self.w = 0

    def get(self):
        return self.v


class B:
    __slots__ = ("v", "w")
    kind = 2

    def __init__(self, v):
        self.v = v
        self.w = 0

    def get(self):
        return self.v


class C(A):
    def get(self):
        return self.v


stop = False


def mutator():
    # rebinds methods to ones giving the same answers, and class attributes
    # to values inside the known set, so checks stay exact
    n = 0
    while not stop:
        n += 1
        A.get = (lambda self: self.v) if n % 2 else (lambda self: 0 + self.v)
        B.kind = 2 if n % 3 else 2
        C.extra = n
        if n % 5 == 0:
            try:
                del C.extra
            except AttributeError:
                pass


def walk(objs, table, pivot):
    s = 0
    kinds = 0
    lows = 0
    for o in objs:
        s += o.v + o.get()
        o.w = o.w + 1
        kinds += o.kind
        s += table[o.v % 4]
        if o.name < pivot:
            lows += 1
    return s, kinds, lows


def worker(t):
    objs = []
    for i in range(60):
        o = (A, B, C)[(i + t) % 3](i)
        objs.append(o)
    names = ["ant", "bee", "cat", "dog"]
    for i, o in enumerate(objs):
        if isinstance(o, B):
            continue
        o.name = names[i % 4]
    plain = [o for o in objs if not isinstance(o, B)]
    table = {0: 10, 1: 20, 2: 30, 3: 40}
    want_s = sum(2 * o.v + table[o.v % 4] for o in plain)
    want_k = sum(o.kind for o in plain)
    want_l = sum(1 for o in plain if o.name < "cow")
    for r in range(ROUNDS):
        s, k, lows = walk(plain, table, "cow")
        check(s == want_s, "sum %r != %r" % (s, want_s))
        check(k == want_k, "kinds %r != %r" % (k, want_k))
        check(lows == want_l, "lows %r != %r" % (lows, want_l))
        if r % 50 == 0:
            # a B (slots, no name) makes the helpers miss, then raises
            try:
                walk(plain[:5] + [objs[[isinstance(o, B) for o in objs].index(True)]], table, "cow")
                check(False, "a B has no name")
            except AttributeError:
                pass
    for o in plain:
        check(o.w >= ROUNDS, "w %r" % o.w)


m = threading.Thread(target=mutator)
m.start()
ts = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for th in ts:
    th.start()
for th in ts:
    th.join()
stop = True
m.join()
if errors:
    print("FAILED")
    for e in errors[:20]:
        print(e)
    sys.exit(1)
print("ok")
