"""dict.copy(), dict(d), {**d} and update() into an empty dict copy the table
whole: order, deleted entries compacted, independence after the copy, keys
with equal hashes, subclasses, self-update, and copies used as namespaces."""
d = {i: str(i) for i in range(40)}
for i in range(0, 40, 3):
    del d[i]
d["x"] = 1
for make in (dict.copy, dict, lambda m: {**m}, lambda m: (lambda e: (e.update(m), e)[1])({})):
    c = make(d)
    print(type(c).__name__, len(c), list(c)[:6], list(c)[-3:], c == d)
    c[1000] = "new"; del c[1]
    print(1000 in d, 1 in d, len(d), len(c))
    for k in list(c)[:20]:
        del c[k]
    c.update({k: k for k in range(100, 130)})
    print(len(c), list(c)[:3], c.get(125), c.get(1))

class H:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, H) and o.n == self.n
    def __repr__(self): return "H(%d)" % self.n
hs = {H(i): i for i in range(10)}
del hs[H(3)]
c = hs.copy()
print(c, c[H(9)], H(3) in c, len(c))
c[H(3)] = 33
print(list(c.values()))

class D(dict):
    def __missing__(self, k): return "missing " + repr(k)
sd = D(a=1, b=2)
print(type(sd.copy()).__name__, sd.copy(), dict(sd), {**sd}, D(sd)["zz"], type(D(sd)).__name__)
e = {}
e.update(e); print(e)
m = {"k": 1}
m.update(m); print(m)
empty = {}
print(empty.copy(), dict(empty), {**empty})

class P:
    def method(self): return "class method"
p = P()
ns = {"a": 1, "method": lambda: "instance attr"}
p.__dict__.update(ns)
print(p.method(), p.a)
q = P()
q.__dict__.update({})
print(q.method())
g = dict(globals())
print("copy_table" in str(g.get("__doc__")), "H" in g)
big = {str(i): i for i in range(5000)}
for i in range(0, 5000, 2):
    del big[str(i)]
bc = dict(big)
print(len(bc), bc["4999"], "4998" in bc, list(bc)[:3], sum(bc.values()))
