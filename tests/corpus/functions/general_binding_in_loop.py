# Calls the specialized forms do not take (keywords, *args, **kwargs,
# keyword-only parameters, closures over parameters) run hot in loops, enter
# the callee in the caller's eval loop, and still bind, fail, recurse and
# trace back as CPython's: errors are raised at the call, inside the caller.
import sys


def kw(a, b=2, *rest, c, d=4, **more):
    return (a, b, rest, c, d, sorted(more.items()))


def adder(x):
    def inner(y, *, scale=1):
        return (x + y) * scale
    return inner


def captures(p, q=10):
    def get():
        return p + q
    p += 1
    return get()


acc = 0
for i in range(3000):
    r = kw(i, c=i, d=1, extra=i % 3)
    acc += r[0] + r[3] + r[5][0][1]
    acc += adder(i)(1, scale=2)
    acc += captures(i, q=i) + captures(p=i)
    acc += kw(*(i, i), *[1], c=0, **{"z": i})[2][0]
print(acc)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, d=6, e=7))

for bad in (
    lambda: kw(1),
    lambda: kw(c=1),
    lambda: kw(1, a=2, c=3),
    lambda: kw(1, c=3, **{"c": 4}),
    lambda: adder(1)(2, 3),
    lambda: adder(1)(y=2, z=3),
    lambda: captures(),
    lambda: captures(1, 2, 3),
):
    for attempt in range(3):
        try:
            bad()
        except TypeError as e:
            if attempt == 2:
                print("TypeError", e)


def deep(n, *, step=1):
    return 0 if n == 0 else 1 + deep(n - step, step=step)


print(deep(500, step=1))
try:
    deep(100000, step=1)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth" in str(e))


def fails(x, *, why):
    raise ValueError(why + str(x))


def caller():
    total = 0
    for i in range(5):
        try:
            total += fails(i, why="no ")
        except ValueError as e:
            total += len(str(e))
    return total


print(caller())
try:
    fails(7, why="traced ")
except ValueError:
    tb = sys.exc_info()[2]
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)


class K:
    def m(self, a, *, b):
        return a * b

    @staticmethod
    def s(a, **kw):
        return a + len(kw)


k = K()
print(sum(k.m(i, b=2) + K.s(i, x=1, y=2) for i in range(100)))
