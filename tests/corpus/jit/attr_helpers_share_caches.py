# Attribute loads, stores and method loads inside compiled loops: the JIT's
# helpers use the instruction's inline cache as the interpreter's arms do,
# and re-specialize it when it keeps missing. Each site below sees its
# receiver's class, layout or dict change while the loop runs.
import sys


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def norm(self):
        return self.x + self.y


class Q:
    def __init__(self, x):
        self.y = x
        self.x = -x

    def norm(self):
        return self.x * self.y


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 1

    def norm(self):
        return self.x


class Prop:
    def __init__(self, v):
        self._v = v

    @property
    def x(self):
        return self._v + 1000

    y = 5

    def norm(self):
        return -1


def sum_x(objs):
    s = 0
    for o in objs:
        s += o.x
    return s


def sum_norm(objs):
    s = 0
    for o in objs:
        s += o.norm()
    return s


def bump(objs, k):
    for o in objs:
        o.y = o.y + k
    return [o.y for o in objs]


# monomorphic, then the class of later receivers changes
objs = [P(i) for i in range(40)] + [Q(i) for i in range(40)] + [S(i) for i in range(20)]
print(sum_x(objs), sum_norm(objs))
objs += [Prop(i) for i in range(5)]
print(sum_x(objs), sum_norm(objs))
print(bump([P(i) for i in range(30)] + [S(i) for i in range(30)], 3)[-3:])

# an instance dict shadows the method partway through
ps = [P(i) for i in range(60)]
ps[30].norm = lambda: 10**6
print(sum_norm(ps))

# the class changes under the cache: a new method, a class attribute
for rnd in range(3):
    print(rnd, sum_norm(ps[:50]))
    P.norm = (lambda self, k=rnd: self.x - k)

# module and class attributes
def mod_attr(n):
    s = 0
    for i in range(n):
        s += sys.maxsize % 7 + P.__name__.__len__()
        if i == n // 2:
            P.extra = 1
    return s


print(mod_attr(200))


class Counter:
    total = 0


def class_attr(n):
    for i in range(n):
        Counter.total += i
    return Counter.total


print(class_attr(300), class_attr(10))

# an unset slot raises as the interpreter does
def read_slot(objs):
    out = []
    for o in objs:
        try:
            out.append(o.y)
        except AttributeError as e:
            out.append(str(e))
    return out


ss = [S(i) for i in range(4)]
del ss[2].y
print(read_slot(ss))

# __getattr__ fallback and a missing attribute
class Dyn:
    def __getattr__(self, name):
        return len(name)


def dyn(objs):
    s = 0
    for o in objs:
        s += o.abc
    return s


print(dyn([Dyn() for _ in range(50)]))
try:
    sum_x([P(1), P(2), object()])
except AttributeError as e:
    print("AttributeError:", e)
