class Outer:
    class Inner:
        def m(self): pass
    x = 1
    def method(self): pass
print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Outer.__module__, sorted(k for k in vars(Outer) if not k.startswith("__")))
print(type(Outer.__dict__).__name__)
def factory():
    class Local: pass
    return Local
print(factory().__qualname__)
class Counter:
    print("class body runs at definition")
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
