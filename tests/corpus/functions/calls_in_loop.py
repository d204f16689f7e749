# Python-to-Python calls made by the specialized CALL forms run in the
# caller's loop: results, exceptions, tracebacks, frames and recursion limits
# must be as with native recursion.
import sys


def leaf(x):
    return x * 2


def mid(x, y=10):
    return leaf(x) + y


def top(n):
    t = 0
    for i in range(n):
        t += mid(i)
        t += mid(i, 1)
    return t


print(top(50))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))


def boom(n):
    if n == 0:
        raise ValueError("deep")
    return boom(n - 1) + 1


for _ in range(3):
    try:
        boom(5)
    except ValueError as e:
        tb = e.__traceback__
        where = []
        while tb is not None:
            where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("caught", e, where)


def catches(n):
    try:
        return boom(n)
    except ValueError:
        return -1
    finally:
        print("finally", n)


for _ in range(3):
    print(catches(2))


def frames():
    names = []
    d = 0
    while True:
        try:
            names.append(sys._getframe(d).f_code.co_name)
        except ValueError:
            return names
        d += 1


def a():
    return frames()


def b():
    return a()


for _ in range(3):
    print(b())


def make_counter():
    count = 0

    def inc(k):
        nonlocal count
        count += k
        return count

    return inc


c = make_counter()
for i in range(5):
    c(i)
print(c(0))


def gen(n):
    for i in range(n):
        yield i * i


def use_gen(n):
    return sum(gen(n))


for _ in range(3):
    print(use_gen(10))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(200)
try:
    for _ in range(3):
        depth(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(depth(800))


def loc(a, b):
    x = a + b
    return sorted(locals().items())


for _ in range(3):
    print(loc(1, 2))


def raise_in_finally():
    try:
        return leaf(1)
    finally:
        print("cleanup")


for _ in range(3):
    print(raise_in_finally())


class K:
    def m(self, v):
        return self.n(v) + 1

    def n(self, v):
        if v < 0:
            raise KeyError(v)
        return v


k = K()
for i in range(4):
    print(k.m(i))
try:
    k.m(-1)
except KeyError as e:
    print("KeyError", e)


def unbound():
    return undefined_name


for _ in range(2):
    try:
        unbound()
    except NameError as e:
        print("NameError", e)


def outer_reraise():
    try:
        unbound()
    except NameError:
        raise RuntimeError("wrapped")


try:
    outer_reraise()
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)


def final(n):
    return boom(n)


final(3)
