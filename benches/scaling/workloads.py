"""Scaling workloads: each stresses one thing that many threads share.

Run by benches/scaling.py under krait (both lock modes) and python3. Each
workload is a function doing a fixed amount of work; it is timed once on the
main thread (t1), then run by N persistent worker threads at once, each doing
the same amount of work (tN). speedup = N * t1 / tN: N is perfect scaling, 1
means the threads ran one at a time.

    krait benches/scaling/workloads.py [--threads N] [--scale S] [--repeat R] [names...]

prints one line per workload: `name t1_seconds tN_seconds`, each the best of
R runs (default 3).
"""
import _thread
import collections
import dataclasses
import math
import operator
import sys
import threading
import time

SCALE = 1.0
WORKLOADS = {}


def register(fn):
    WORKLOADS[fn.__name__] = fn
    return fn


def n(count):
    return max(1, int(count * SCALE))


# ---- the seed article's programs ---------------------------------------------

@register
def seed_sum_squares():
    total = 0
    for i in range(n(1_500_000)):
        total += i * i
    return total


@register
def seed_primes():
    count = 0
    for k in range(2, n(60_000)):
        is_prime = True
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count


# ---- calls on shared functions, modules, classes ----------------------------

def double(x):
    return x * 2


@register
def pyfunction():
    acc = 0
    for i in range(n(400_000)):
        acc += double(i)
    return acc


@register
def module_function():
    mod = sys.modules[__name__]
    acc = 0
    for i in range(n(400_000)):
        acc += mod.double(i)
    return acc


@register
def cmodule_function():
    acc = 0.0
    N = n(400_000)
    for i in range(N):
        acc += math.cos(i / N)
    return acc


@register
def object_lookup_special():
    acc = 0
    N = n(400_000)
    for i in range(N):
        acc += round(i / N)
    return acc


class Counter:
    def __init__(self):
        self.i = 0

    def next_number(self):
        self.i += 1
        return self.i


@register
def pymethod():
    c = Counter()
    for _ in range(n(400_000)):
        c.next_number()
    return c.i


SHARED_COUNTER_CLASS = Counter


@register
def shared_class_method():
    # a method looked up on a shared class, called on thread-local instances
    objs = [SHARED_COUNTER_CLASS() for _ in range(8)]
    for i in range(n(400_000)):
        objs[i & 7].next_number()
    return sum(o.i for o in objs)


@register
def object_cfunction():
    tab = list(range(100))
    accu = 0
    for i in range(n(200_000)):
        tab.pop(0)
        tab.append(i)
        accu += tab[50]
    return accu


class Slotted:
    __slots__ = ()

    def func(self):
        return 1


@register
def method_caller():
    mc = operator.methodcaller("func")
    obj = Slotted()
    acc = 0
    for _ in range(n(300_000)):
        acc += mc(obj)
    return acc


# ---- arithmetic and constants -------------------------------------------------

@register
def mult_constant():
    x = 1.0
    for _ in range(n(1_200_000)):
        x *= 1.000001
    return x


@register
def float_arith():
    a, b = 1.5, 2.25
    acc = 0.0
    for i in range(n(600_000)):
        acc += a * b - i * 0.5 + b / a
    return acc


@register
def load_string_const():
    count = 0
    for i in range(n(600_000)):
        if i == 'a string':
            count += 1
    return count


@register
def load_tuple_const():
    count = 0
    for i in range(n(600_000)):
        if i == (1, 2):
            count += 1
    return count


# ---- creating objects -----------------------------------------------------------

class MyObject:
    pass


@register
def create_pyobject():
    for _ in range(n(400_000)):
        o = MyObject()
    return 0


@register
def create_closure():
    acc = 0
    for i in range(n(300_000)):
        def inner(x, i=i):
            return x + i
        acc += inner(1)
    return acc


@register
def create_dict():
    for _ in range(n(400_000)):
        d = {"key": "value"}
    return 0


@dataclasses.dataclass
class MyDataClass:
    x: int
    y: int
    z: int


@register
def instantiate_dataclass():
    for _ in range(n(200_000)):
        obj = MyDataClass(x=1, y=2, z=3)
    return 0


Point = collections.namedtuple("Point", ["x", "y", "z"])


@register
def instantiate_namedtuple():
    for _ in range(n(200_000)):
        obj = Point(x=1, y=2, z=3)
    return 0


# ---- generators and context managers ----------------------------------------------

def gen10():
    for i in range(10):
        yield i


@register
def generator():
    acc = 0
    for _ in range(n(60_000)):
        for v in gen10():
            acc += v
    return acc


class MyContextManager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@register
def context_manager():
    for _ in range(n(300_000)):
        with MyContextManager():
            pass
    return 0


# ---- reading shared containers and thread-locals ----------------------------------

SHARED_LIST = list(range(1000))
SHARED_DICT = {i: i * 2 for i in range(1000)}
LOCAL = threading.local()


@register
def shared_list_read():
    lst = SHARED_LIST
    acc = 0
    for i in range(n(600_000)):
        acc += lst[i % 1000]
    return acc


@register
def shared_dict_read():
    d = SHARED_DICT
    acc = 0
    for i in range(n(600_000)):
        acc += d[i % 1000]
    return acc


@register
def thread_local_read():
    LOCAL.x = 1
    acc = 0
    for _ in range(n(100_000)):
        acc += LOCAL.x + LOCAL.x + LOCAL.x + LOCAL.x + LOCAL.x
    return acc


# ---- the harness --------------------------------------------------------------------

class Worker:
    """A persistent thread that runs one workload per `go` and signals `done`."""

    def __init__(self):
        self.go = _thread.allocate_lock()
        self.done = _thread.allocate_lock()
        self.go.acquire()
        self.done.acquire()
        self.fn = None
        _thread.start_new_thread(self.loop, ())

    def loop(self):
        while True:
            self.go.acquire()
            fn = self.fn
            if fn is None:
                self.done.release()
                return
            fn()
            self.done.release()


def main(argv):
    global SCALE
    threads = 2
    repeat = 3
    names = []
    exact = False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--exact":
            exact = True; i += 1
        elif a == "--repeat":
            repeat = int(argv[i + 1]); i += 2
        elif a == "--threads":
            threads = int(argv[i + 1]); i += 2
        elif a == "--scale":
            SCALE = float(argv[i + 1]); i += 2
        else:
            names.append(a); i += 1
    if exact:
        selected = [w for w in WORKLOADS if w in names]
    else:
        selected = [w for w in WORKLOADS if not names or any(x in w for x in names)]
    workers = [Worker() for _ in range(threads)]
    for name in selected:
        fn = WORKLOADS[name]
        fn()  # warm up (imports, caches)
        t1 = tn = float("inf")
        for _ in range(repeat):  # best of `repeat`: the least disturbed run
            t = time.perf_counter()
            fn()
            t1 = min(t1, time.perf_counter() - t)
        if not workers:  # --threads 0: just t1 (the process-ceiling runs)
            print(f"{name} {t1:.6f} 0", flush=True)
            continue
        for w in workers:
            w.fn = fn
        for _ in range(repeat):
            t = time.perf_counter()
            for w in workers:
                w.go.release()
            for w in workers:
                w.done.acquire()
            tn = min(tn, time.perf_counter() - t)
        print(f"{name} {t1:.6f} {tn:.6f}", flush=True)
    for w in workers:
        w.fn = None
        w.go.release()
        w.done.acquire()


if __name__ == "__main__":
    main(sys.argv[1:])
