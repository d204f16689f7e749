# `local.attr = value` (LOAD_FAST then STORE_ATTR, one superinstruction): instance
# dict and slot stores, a new attribute, a read-only slot class, a property
# setter appearing while the loop runs, an error from a setter (its line), and
# an unbound local
class P:
    def __init__(self):
        self.x = 0


class S:
    __slots__ = ("a",)


class Frozen:
    __slots__ = ()


def fill(objs):
    for i, o in enumerate(objs):
        try:
            o.x = i
        except AttributeError as e:
            print("AE", e)
    return [getattr(o, "x", None) for o in objs]


def slots(s):
    for i in range(5):
        s.a = i * i
    return s.a


def grow(p):
    for i in range(4):
        p.x = i
        if i == 1:
            P.x = property(lambda self: -1, lambda self, v: print("set", v))
    del P.x
    return p.x


class Bad:
    def __init__(self):
        self.n = 0


def boom(b):
    for i in range(3):
        b.n = i
        if i == 1:
            def setter(self, v):
                raise ValueError("no %d" % v)
            Bad.n = property(lambda self: 0, setter)


print(fill([P(), P(), S(), P(), Frozen(), 7]))
print(slots(S()))
print(grow(P()))
try:
    boom(Bad())
except ValueError as e:
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("VE", e, lines)


def unbound():
    try:
        q.x = 1
    except UnboundLocalError as e:
        print("ULE", e)
    q = 1


unbound()
