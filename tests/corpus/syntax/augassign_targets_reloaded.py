# `l[k] op= v` and `o.x op= v` on locals load the target again for the store
# (instead of COPY/SWAP): every observable effect and error must be the same.
class C:
    def __init__(self): self.x = 1
def f(l, o, k):
    l[0] += 5
    l[k] *= 2
    o.x += 3
    d = {"a": 1}
    d["a"] += 1
    l[k] += (k := 1) * 0 + 1
    s = [1, 2, 3]
    s[1:2] += [9]
    return l, o.x, d, k, s
print(f([1, 2, 3], C(), 2))
def g():
    try:
        q[0] += 1
        q = [1]
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    class D:
        def __getitem__(self, k):
            print("get", k); return 10
        def __setitem__(self, k, v):
            print("set", k, v)
    dd = D()
    i = 3
    dd[i] += 1
    dd["s"] -= 2
    class E:
        @property
        def p(self):
            print("get p"); return 1
        @p.setter
        def p(self, v):
            print("set p", v)
    e = E()
    e.p += 41
g()
