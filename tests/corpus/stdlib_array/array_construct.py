# array construction from many kinds of initializers, and constructor errors
from array import array


def show(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


for code in "bBhHiIlLqQ":
    a = array(code, [0, 1, 2, 100])
    print(code, a, a.typecode, a.itemsize, len(a), a.tolist())
for code in "fd":
    a = array(code, [0.5, -1.25, 3])
    print(code, a, a.typecode, a.itemsize, len(a), a.tolist())
u = array("u", "héllo")
print("u", u, u.typecode, u.itemsize, len(u), u.tolist(), u.tounicode())

# iterables of every flavour
print(array("i", (4, 5, 6)))
print(array("i", range(-3, 3)))
print(array("h", (x * x for x in range(5))))
print(array("d", map(float, "123")))
print(array("q", iter([7, 8])))
print(array("i", []), array("d", ()), array("u", ""), array("u"))
print(array("u", ["a", "b", "c"]))
print(array("B", b"\x00\x01\xff"))
print(array("b", bytearray(b"\x7f\x80")))
print(array("h", b"\x01\x00\x02\x00"))
print(array("d", bytes(8)))
print(array("u", "\u20ac\U0001F600x"))
print(len(array("u", "\U0001F600")))

# from another array: same and different typecode
src = array("i", [1, 2, 3])
same = array("i", src)
same.append(4)
print(src, same)
print(array("d", src), array("q", src), array("b", src))
show("d->i", lambda: array("i", array("d", [1.0, 2.0])))
show("b->B neg", lambda: array("B", array("b", [-1])))
show("u->i", lambda: array("i", array("u", "ab")))
show("i->u", lambda: array("u", array("i", [65])))
show("u->u", lambda: array("u", array("u", "ab")))

# bad typecodes
show("x", lambda: array("x"))
show("empty", lambda: array(""))
show("two", lambda: array("ii"))
show("int", lambda: array(5))
show("bytes code", lambda: array(b"i"))
show("none", lambda: array(None))
show("noargs", lambda: array())
show("w", lambda: array("Z", [1]))
show("toomany", lambda: array("i", [1], [2]))

# str initializers with a non-'u' code
show("i str", lambda: array("i", "abc"))
show("b str", lambda: array("b", ""))
show("d str", lambda: array("d", "1.0"))
# u with non-str items
show("u ints", lambda: array("u", [1, 2]))
show("u long", lambda: array("u", ["ab"]))
show("u bytes", lambda: array("u", b"ab"))

# keyword arguments are rejected
show("kw1", lambda: array(typecode="i"))
show("kw2", lambda: array("i", initializer=[1]))

# bytes initializer with wrong length
show("h odd", lambda: array("h", b"\x01\x02\x03"))
show("d short", lambda: array("d", b"1234"))

# non-iterable initializer and bad items
show("int init", lambda: array("i", 5))
show("none init", lambda: array("i", None))
show("str item", lambda: array("i", [1, "2"]))
show("float item", lambda: array("i", [1, 2.0]))
show("str float", lambda: array("d", ["1.5"]))
show("none float", lambda: array("d", [None]))
