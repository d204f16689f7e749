# Class instantiation with a Python __init__ run in the caller's loop: the
# instance, errors raised in __init__, a non-None return, subclasses.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


ps = [P(i, i + 1) for i in range(20)]
print(sum(p.norm() for p in ps), type(ps[3]).__name__, ps[3].x)


class Bad:
    def __init__(self, v):
        self.v = v
        if v > 2:
            raise ValueError("too big: %d" % v)


made = []
for i in range(5):
    try:
        made.append(Bad(i).v)
    except ValueError as e:
        print("ValueError", e)
print(made)


class Returns:
    def __init__(self, r):
        self.r = r

    # __init__ returning something is a TypeError raised by the call
    def __repr__(self):
        return "Returns(%r)" % self.r


class ReturnsValue:
    def __init__(self, r):
        return r


for r in [None, None, None, 5, None, "s"]:
    try:
        o = ReturnsValue(r)
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError", e)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
        self.n = n


d = Deep(30)
k = 0
while d is not None:
    k += d.n
    d = d.child
print(k)


class WithClosure:
    def __init__(self, v):
        def get():
            return v
        self.get = get


print([WithClosure(i).get() for i in range(4)])


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(100):
    Counter()
print(Counter.count)


class Sub(P):
    pass


print([Sub(i, 2).norm() for i in range(3)])


def traced():
    return Bad(10)


try:
    traced()
except ValueError as e:
    tb = e.__traceback__
    where = []
    while tb is not None:
        where.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(where)

for i in range(3):
    print(ReturnsValue(None).__class__.__name__)
ReturnsValue(7)
