# per-typecode value ranges and conversions on constructor / append / setitem
from array import array
import math


def show(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


LIMITS = {
    "b": (-2**7, 2**7 - 1),
    "B": (0, 2**8 - 1),
    "h": (-2**15, 2**15 - 1),
    "H": (0, 2**16 - 1),
    "i": (-2**31, 2**31 - 1),
    "I": (0, 2**32 - 1),
    "l": (-2**63, 2**63 - 1),
    "L": (0, 2**64 - 1),
    "q": (-2**63, 2**63 - 1),
    "Q": (0, 2**64 - 1),
}

for code, (lo, hi) in LIMITS.items():
    print("--", code)
    a = array(code, [lo, hi])
    print(a.tolist() == [lo, hi], a[0] == lo, a[1] == hi)
    show("ctor lo-1", lambda: array(code, [lo - 1]))
    show("ctor hi+1", lambda: array(code, [hi + 1]))
    show("append lo-1", lambda: a.append(lo - 1))
    show("append hi+1", lambda: a.append(hi + 1))
    show("set lo-1", lambda: a.__setitem__(0, lo - 1))
    show("set hi+1", lambda: a.__setitem__(0, hi + 1))
    show("neg one", lambda: array(code, [-1]))
    show("huge", lambda: array(code, [2**70]))
    show("-huge", lambda: array(code, [-2**70]))
    show("float", lambda: array(code, [1.0]))
    show("append float", lambda: a.append(2.5))
    show("str", lambda: a.append("1"))
    show("bool", lambda: array(code, [True, False]))
    show("insert hi+1", lambda: a.insert(0, hi + 1))
    show("extend hi+1", lambda: a.extend([1, hi + 1]))
    print("after failures", len(a), a[-1] == 1, a[0] == lo)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


class Both:
    def __index__(self):
        return 7

    def __float__(self):
        return 8.5


print("-- __index__ / __float__")
show("i Idx", lambda: array("i", [Idx(5), Idx(-5)]))
show("B Idx big", lambda: array("B", [Idx(300)]))
show("i Flt", lambda: array("i", [Flt()]))
show("d Idx", lambda: array("d", [Idx(3)]))
show("d Flt", lambda: array("d", [Flt()]))
show("f Flt", lambda: array("f", [Flt()]))
show("d Both", lambda: array("d", [Both()]))
show("i Both", lambda: array("i", [Both()]))
show("d int", lambda: array("d", [1, -2, 2**53 + 1]))
show("d bigint", lambda: array("d", [2**1024]))
show("f bigint", lambda: array("f", [2**200]))
show("d bool", lambda: array("d", [True]))
show("d complex", lambda: array("d", [1j]))
show("f str", lambda: array("f", ["x"]))

print("-- float32 rounding")
f = array("f", [0.1, 1 / 3, 1e-46, 3.4e38, 16777217])
print(f[0], f[1], f[2], f[3], f[4])
print(f)
show("f 1e39", lambda: array("f", [1e39]).tolist())
show("f -1e39", lambda: array("f", [-1e39]).tolist())
show("f append 1e300", lambda: f.append(1e300))
print(array("f", [2.5, -0.0]), array("d", [-0.0, 1e300, 5e-324]))

print("-- inf / nan")
for code in "fd":
    a = array(code, [math.inf, -math.inf, math.nan])
    print(code, a, a[0], a[1], math.isnan(a[2]))
    print(a == a, a[2] == a[2], a.count(math.nan), math.nan in a)
    show("index nan", lambda: a.index(math.nan))
    print(a.index(math.inf), a.index(-math.inf))
    a[0] = float("nan")
    print(a)
    show("int from inf", lambda: array("i", [math.inf]))
    b = array(code, [1.0, 2.0])
    b.append(math.nan)
    print(b < array(code, [1.0, 3.0]), b.tolist()[:2])
