"""Micro-workloads: one operation in a loop, as time per iteration, or as
instructions per iteration under callgrind.

    python3 benches/micro.py                       # every loop, under python3
    target/release/krait -X jit=0 benches/micro.py loop_call0 2000000
    python3 benches/micro.py --callgrind target/release/krait -X jit=0 -- loop_call0 loop_meth

`--callgrind BIN [ARGS...] -- LOOP...` runs BIN (krait or python3) on this
file under `valgrind --tool=callgrind` twice per loop, for 100,000 and
300,000 iterations, and prints the difference over 200,000: the
instructions one iteration executes, start-up and the loop's setup taken
off. Counts are exact for a given binary (timings on a shared 2-core
machine wander by 5-10%), so they show the effect of an interpreter change
that timing cannot.
"""
import sys
import time


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return self.x


class S:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def f0():
    return 1


def f2(a, b):
    return a


def loop_empty(n):
    for i in range(n):
        pass


def loop_add(n):
    a = 1
    b = 2
    for i in range(n):
        c = a + b


def loop_float(n):
    a = 1.5
    b = 2.5
    for i in range(n):
        c = a * b


def loop_attr(n):
    p = P(1, 2)
    for i in range(n):
        c = p.x


def loop_setattr(n):
    p = P(1, 2)
    for i in range(n):
        p.x = i


def loop_call0(n):
    for i in range(n):
        f0()


def loop_call2(n):
    for i in range(n):
        f2(i, i)


def loop_meth(n):
    p = P(1, 2)
    for i in range(n):
        p.m()


def loop_new(n):
    for i in range(n):
        P(i, i)


def loop_new_slots(n):
    for i in range(n):
        S(i, i)


G = 5


def loop_global(n):
    for i in range(n):
        c = G


def loop_list(n):
    lst = [1, 2, 3]
    for i in range(n):
        c = lst[1]


def loop_len(n):
    lst = [1, 2, 3]
    for i in range(n):
        c = len(lst)


def loop_tuple(n):
    for i in range(n):
        t = (i, i)


def loop_unpack(n):
    t = (1, 2)
    for i in range(n):
        a, b = t


def loop_isinstance(n):
    for i in range(n):
        isinstance(i, int)


def loop_dict(n):
    d = {"a": 1}
    for i in range(n):
        c = d["a"]


def gen(n):
    for i in range(n):
        yield i


def loop_gen(n):
    for x in gen(n):
        pass


def loop_listcomp(n):
    for i in range(n // 10):
        [x for x in range(10)]


def loop_while(n):
    i = 0
    while i < n:
        i += 1


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def loop_star_args(n):
    # a callee's short loop over its *args tuple (compiled: entered and
    # left at every call)
    for i in range(n):
        total(i, 1, 2)


def loop_setattr_slots(n):
    p = S(1, 2)
    for i in range(n):
        p.x = i


def loop_obj_attrs(n):
    # attribute reads, a store and a method call on a few instances (the
    # JIT's helpers for these use the interpreter's inline caches)
    objs = [P(i, 2) for i in range(8)]
    s = 0
    for i in range(n // 8):
        for o in objs:
            s += o.x + o.y + o.m()
            o.y = 2


WORDS = ["pear", "apple", "fig", "kiwi", "banana"]


def loop_str_cmp_dict(n):
    d = {w: 1 for w in WORDS}
    s = 0
    for i in range(n // 5):
        for w in WORDS:
            if w < "grape":
                s += d[w]


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return self

    def __call__(self, o):
        return o

    def __len__(self):
        return 1


def loop_py_operator(n):
    # an operator whose method is a Python function (BINARY_OP_PY)
    v = Vec(1)
    for i in range(n):
        v + v


def loop_py_call_instance(n):
    # an instance called through its class's Python __call__
    v = Vec(1)
    for i in range(n):
        v(i)


def loop_py_len(n):
    # a special method called from native code (len -> __len__)
    v = Vec(1)
    for i in range(n):
        len(v)


def loop_append(n):
    lst = []
    for i in range(n):
        lst.append(i)


def loop_dict_get(n):
    d = {1: 2}
    for i in range(n):
        d.get(1)


TABLE = [1, 2, 3]


def loop_global_list(n):
    # a module-level list: not cacheable, read through the globals' entry
    for i in range(n):
        c = TABLE


LOOPS = [k for k in list(globals()) if k.startswith("loop_")]


def callgrind(argv):
    import re
    import subprocess
    cut = argv.index("--")
    cmd, loops = argv[:cut], argv[cut + 1:] or LOOPS

    def count(loop, n):
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
                           + cmd + [__file__, loop, str(n)],
                           capture_output=True, text=True)
        m = re.search(r"refs:\s+([\d,]+)", r.stderr)
        if not m:
            sys.exit("callgrind failed:\n" + r.stderr[-2000:])
        return int(m.group(1).replace(",", ""))

    for loop in loops:
        per = (count(loop, 300_000) - count(loop, 100_000)) / 200_000
        print("%-16s %7.0f instructions per iteration" % (loop, per))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--callgrind":
        callgrind(sys.argv[2:])
        return
    names = sys.argv[1:2] or LOOPS
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
    for k in names:
        fn = globals()[k]
        t = time.perf_counter()
        fn(n)
        dt = time.perf_counter() - t
        print("%-16s %6.1f ns" % (k, dt / n * 1e9))


main()
