# `s = s + t` and `s += t` on a local may append in place when nothing else
# refers to `s`; every other reference must keep seeing the old text.
def grow(n):
    s = ""
    for i in range(n):
        s = s + "ab"
        s += "é"
    return s

r = grow(20000)
print(len(r), r[:7], r[-3:])
print(hash(r) == hash("abé" * 20000), r == "abé" * 20000)


def aliases():
    a = "q" * 3
    b = a
    a += "z"
    print(a, b)
    c = "k" * 2
    d = {c: 1}
    c += "m"
    print(c, d, d.get("kk"))
    e = "e" * 2
    e = e + e
    print(e)
    h = "h" * 2
    for i in range(3):
        h += str(i)
        w = h
    print(h, w)
    xs = []
    x = "x" * 2
    for i in range(3):
        xs.append(x)
        x += str(i)
    print(xs, x)
    k = "key" * 1
    hk = hash(k)
    k += "s"
    print(k, hash(k) == hash("keys"), hk == hash("key"))


aliases()

g = "g" * 2
gg = g
g += "!"
print(g, gg)


class C:
    pass


o = C()
o.s = "o" * 2
o.s += "p"
print(o.s)


def in_loop_with_join():
    parts = "-"
    out = []
    for i in range(4):
        parts += str(i)
        out.append(parts)
    print(out, "".join(out))


in_loop_with_join()
