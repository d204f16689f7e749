x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x  # class scope is skipped by functions
    lam = lambda self: x
    items = [x for _ in range(1)]   # comprehension can't see class x
    first = [x][0]
print(C.y, C().method(), C().lam(), C.items, C.first)
def outer():
    z = "enclosing"
    class D:
        w = z
        def m(self):
            return z
    return D
D = outer()
print(D.w, D().m())
def outer2():
    v = "func"
    class E:
        v = "cls"
        def get(self):
            return v
    return E().get(), E.v
print(outer2())
