# `local.attr` (LOAD_FAST then LOAD_ATTR, one superinstruction): instance dict and
# slot attributes, a missing slot, a non-instance, an unbound local, and a class
# attribute that turns into a property while the loop runs
class P:
    def __init__(self, x): self.x = x
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
def f(objs):
    t = 0
    for o in objs:
        try:
            t += o.x
        except AttributeError as e:
            print("AE", e)
    return t
def g(s):
    out = []
    for i in range(3):
        out.append(s.a)
        try:
            out.append(s.b)
        except AttributeError as e:
            out.append(str(e))
    return out
def h():
    try:
        return q.x
    except UnboundLocalError as e:
        print("ULE", e)
    q = 1
print(f([P(1), P(2), P(3)] * 10 + [S(), P(4), 5]))
print(g(S()))
h()
import sys
class M:
    def __init__(self): self.v = 1
def k(m):
    r = 0
    for i in range(100):
        r += m.v
        if i == 50:
            M.v = property(lambda self: 100)
    return r
print(k(M()))
