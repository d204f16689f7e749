# indexing, slicing, slice assignment and deletion
from array import array


def show(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


a = array("i", range(10))
print(a[0], a[9], a[-1], a[-10], a[Idx(3)], a[True])
show("get 10", lambda: a[10])
show("get -11", lambda: a[-11])
show("get big", lambda: a[2**70])
show("get str", lambda: a["1"])
show("get float", lambda: a[1.0])
show("get None", lambda: a[None])
show("get tuple", lambda: a[1, 2])
show("set 10", lambda: a.__setitem__(10, 0))
show("set -11", lambda: a.__setitem__(-11, 0))
show("set str", lambda: a.__setitem__("x", 0))
show("set badval", lambda: a.__setitem__(0, "x"))
show("del 10", lambda: a.__delitem__(10))
show("del -11", lambda: a.__delitem__(-11))
show("del float", lambda: a.__delitem__(0.5))
show("pop 10", lambda: a.pop(10))
show("pop -11", lambda: a.pop(-11))
show("pop str", lambda: a.pop("0"))
show("pop float", lambda: a.pop(1.0))
show("pop empty", lambda: array("d").pop())
show("pop empty0", lambda: array("d").pop(0))
show("get empty", lambda: array("b")[0])

b = array("i", range(10))
b[-1] = 99
b[Idx(0)] = -5
del b[Idx(1)]
del b[-2]
print(b)
print(b.pop(Idx(0)), b.pop(-1), b)

# slices
a = array("h", range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[5:5], a[7:2])
print(a[100:], a[-100:2], a[Idx(1):Idx(4)], a[slice(None, None, Idx(4))])
show("step 0", lambda: a[::0])
show("slice str", lambda: a["a":])
c = a[:]
c.append(100)
print(a is c, len(a), len(c), type(a[1:3]).__name__, a[1:3].typecode)

# slice assignment
a = array("i", range(8))
a[1:3] = array("i", [10, 20, 30, 40])
print(a)
a[:2] = array("i")
print(a)
a[len(a):] = array("i", [7, 7])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
a[::-1] = array("i", range(len(a)))
print(a)
a[:] = a
print(a)
a[2:4] = a
print(a)
show("set list", lambda: a.__setitem__(slice(0, 2), [1, 2]))
show("set tuple", lambda: a.__setitem__(slice(0, 2), (1, 2)))
show("set int", lambda: a.__setitem__(slice(0, 2), 5))
show("set other code", lambda: a.__setitem__(slice(0, 2), array("h", [1, 2])))
show("set d code", lambda: a.__setitem__(slice(0, 2), array("d", [1.0])))
show("ext size", lambda: a.__setitem__(slice(None, None, 2), array("i", [1])))
show("ext size rev", lambda: a.__setitem__(slice(None, None, -3), array("i", [1, 2, 3, 4, 5, 6, 7])))
show("ext step0", lambda: a.__setitem__(slice(None, None, 0), array("i")))
show("int set array", lambda: a.__setitem__(0, array("i", [1])))
print(a)
e = array("i", [1, 2, 3])
e[1:1] = array("i", [9])
print(e)
e[5:] = array("i", [8])
print(e)
e[-100:0] = array("i", [0])
print(e)
e[::1] = array("i", [4, 5])
print(e)

# slice deletion
a = array("d", range(10))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[10:]
del a[5:1]
print(a)
del a[:]
print(a, len(a))
show("del step0", lambda: a.__delitem__(slice(None, None, 0)))

# unicode arrays index the same way
u = array("u", "hello world")
print(u[0], u[-1], u[::2], u[6:], u[::-1].tounicode())
u[0] = "H"
u[6:] = array("u", "there")
print(u)
show("u set int", lambda: u.__setitem__(0, 65))
show("u set long", lambda: u.__setitem__(0, "ab"))
show("u set empty", lambda: u.__setitem__(0, ""))
show("u slice str", lambda: u.__setitem__(slice(0, 1), "x"))
