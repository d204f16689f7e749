print(type(1), type(1.0), type("s"), type([]), type(None), type(type))
print(type(1) is int, type(True) is bool, type(True) is int)
print(type(len), type(lambda: 0).__name__, type(print).__name__)

class A:
    pass
print(type(A()).__name__, type(A).__name__, A.__name__)
Dyn = type("Dyn", (A,), {"x": 5, "hello": lambda self: "hi"})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, A), Dyn.__bases__ == (A,))
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(A), callable(A()), callable(lambda: 1), callable(5), callable("s"))
class CallMe:
    def __call__(self):
        return "called"
print(callable(CallMe()), CallMe()())
print(int.__name__, str.__qualname__, type.__name__)
