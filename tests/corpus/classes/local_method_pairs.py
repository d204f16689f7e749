# `local.m()` (LOAD_FAST then LOAD_METHOD, one superinstruction): classes with and
# without dicts, a subclass override, a non-instance, a method rebound on the
# class and shadowed on the instance while the loop runs, an unbound local
class A:
    def m(self): return 1
class B(A):
    def m(self): return 2
class C:
    __slots__ = ()
    def m(self): return 3
def run(objs):
    t = 0
    for o in objs:
        try:
            t += o.m()
        except AttributeError as e:
            print("AE", e)
    return t
print(run([A(), B(), C()] * 20 + [5, A()]))
def later(a):
    r = []
    for i in range(6):
        r.append(a.m())
        if i == 2:
            A.m = lambda self: 10
        if i == 4:
            a.m = lambda: 20
    return r
print(later(A()))
def unb():
    try:
        z.m()
    except UnboundLocalError as e:
        print("ULE", e)
    z = 1
unb()
