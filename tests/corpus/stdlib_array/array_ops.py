# operators, comparisons, repr, copying, module attributes, subclassing
import array as array_mod
from array import array
import copy


def show(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


# iteration, len, in
a = array("i", [3, 1, 2])
print(list(a), len(a), 1 in a, 5 in a, "1" in a, 1.0 in a, None in a)
it = iter(a)
print(next(it), type(it).__name__, list(it), list(it))
print([x * 2 for x in a], sorted(a), min(a), max(a), sum(a), tuple(a), list(reversed(a)))
print(bool(array("i")), bool(a), enumerate(a).__next__())

# + += * *=
b = array("i", [4])
print(a + b, b + a, a + array("i"), array("i") + array("i"))
show("+ other code", lambda: a + array("h", [1]))
show("+ list", lambda: a + [1])
show("list +", lambda: [1] + a)
show("+ int", lambda: a + 1)
c = a
c += b
print(c is a, a)
c += array("i", [])
print(a)
def iadd_bad():
    global c
    c += array("d", [1.0])
show("+= other code", iadd_bad)
def iadd_list():
    global c
    c += [9]
show("+= list", iadd_list)
print(a * 2, 2 * a, a * 0, 0 * a, a * -1, a * 1 is a)
show("* float", lambda: a * 1.5)
show("* array", lambda: a * a)
m = array("b", [1, 2])
n = m
m *= 3
print(m is n, m)
m *= 0
print(m, len(m))
m = array("u", "ab")
m *= 2
print(m, array("u", "xy") + array("u", "z"))
def imul_bad():
    global m
    m *= "x"
show("*= str", imul_bad)

# comparisons between arrays of same and different typecodes
x = array("i", [1, 2, 3])
for y in (array("i", [1, 2, 3]), array("i", [1, 2, 4]), array("i", [1, 2]),
          array("i", [1, 2, 3, 0]), array("h", [1, 2, 3]), array("d", [1.0, 2.0, 3.0]),
          array("d", [0.5, 9.0]), array("i"), array("B", [1, 2, 3])):
    print(y.typecode, y.tolist(), x == y, x != y, x < y, x <= y, x > y, x >= y)
print(array("u", "abc") == array("u", "abc"), array("u", "abc") < array("u", "abd"))
print(array("u", "a") == array("i", [97]), array("i") == array("d"), array("f", [0.1]) == array("d", [0.1]))
print(array("f", [0.5]) == array("d", [0.5]), array("Q", [2**64 - 1]) > array("q", [-1]))

# array vs non-array
print(x == [1, 2, 3], x != [1, 2, 3], x == (1, 2, 3), x == None, x.__eq__([1, 2, 3]), x.__lt__([1]))
show("< list", lambda: x < [1, 2, 3])
show(">= tuple", lambda: x >= (1,))
show("> int", lambda: x > 1)
show("hash", lambda: hash(x))
show("hash empty", lambda: hash(array("d")))
show("set of arrays", lambda: {x})
print(array.__hash__ is None)

# repr / str
for code, init in (("b", [-1, 2]), ("B", []), ("h", [7]), ("H", [1, 65535]), ("i", [0]),
                   ("I", [4294967295]), ("l", [-5]), ("L", []), ("q", [-2**63]), ("Q", [2**64 - 1]),
                   ("f", [1.5, -0.25, 0.1]), ("d", [0.1, 1e20, 1e-7, 2.0]), ("f", []), ("d", [])):
    arr = array(code, init)
    print(repr(arr), str(arr) == repr(arr))
print(repr(array("u")), repr(array("u", "a'b\"c")), repr(array("u", "tab\there\n")))
print(repr(array("u", "é\u20ac\U0001F600")), ascii(array("u", "é")))
print(f"{array('i', [1])}", "%s" % (array("d", [1.0]),), [array("b", [1])])

# copy / deepcopy
orig = array("d", [1.0, 2.0])
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
sh[0] = 9.0
dp.append(3.0)
print(orig, sh, dp, sh is orig, dp is orig, type(sh).__name__, type(dp).__name__)
print(orig.__copy__(), orig.__deepcopy__({}), array("u", "hi").__copy__())
nested = [array("i", [1]), array("i", [1])]
nested[1] = nested[0]
dn = copy.deepcopy(nested)
print(dn, dn[0] is dn[1], dn[0] is nested[0])

# module attributes
print(array_mod.typecodes, type(array_mod.typecodes).__name__)
print(array_mod.ArrayType is array, array_mod.array is array, array.__name__, array.__module__, array.__qualname__)
print(isinstance(x, array), isinstance(x, array_mod.ArrayType), isinstance([1], array), issubclass(array, object))
print(type(x), type(x).__name__, array)
# array.array gained __class_getitem__ only in 3.12
show("class_getitem", lambda: array[int])
show("class_getitem str", lambda: array["i"])
print(hasattr(array, "__class_getitem__"))
from collections.abc import Sequence, MutableSequence, Iterable, Sized, Hashable
print(isinstance(x, Iterable), isinstance(x, Sized), isinstance(x, Sequence), isinstance(x, MutableSequence), isinstance(x, Hashable))
for name in ("append", "buffer_info", "byteswap", "count", "extend", "frombytes", "fromfile",
             "fromlist", "fromunicode", "index", "insert", "pop", "remove", "reverse", "tobytes",
             "tofile", "tolist", "tounicode", "typecode", "itemsize"):
    if not hasattr(x, name):
        print("missing", name)
print(sorted(n for n in dir(x) if not n.startswith("_")))


# subclassing
class Vec(array):
    unit = "m"

    def total(self):
        return sum(self)

    def scaled(self, k):
        return Vec(self.typecode, [v * k for v in self])


v = Vec("i", [1, 2, 3])
v.label = "speed"
print(v, type(v).__name__, v.total(), v.label, v.unit, isinstance(v, array), len(v))
w = v.scaled(2)
print(w, type(w).__name__, w.total())
print(type(v + w).__name__, type(v * 2).__name__, type(v[:2]).__name__, type(copy.copy(v)).__name__)
cv = copy.copy(v)
print(cv, type(cv).__name__, hasattr(cv, "label"))
v.append(4)
v += array("i", [5])
print(v, type(v).__name__, v == array("i", [1, 2, 3, 4, 5]), v.tolist())
show("sub bad code", lambda: Vec("z"))
show("sub kwargs", lambda: Vec("i", initializer=[1]))
e = Vec("d")
print(e, e.total(), repr(Vec("u", "hi")))


class WithInit(array):
    def __new__(cls, data, tag):
        self = super().__new__(cls, "h", data)
        self.tag = tag
        return self

    def __init__(self, data, tag):
        pass

    def __repr__(self):
        return "WithInit(%s, %r)" % (self.tolist(), self.tag)


wi = WithInit([5, 6], "t")
print(wi, wi.tag, wi.typecode, wi[1], str(wi))
print(WithInit([1], "a") == array("h", [1]), WithInit([1], "a") < WithInit([2], "b"))
