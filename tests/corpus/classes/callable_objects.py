class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(0, k=10))
print(callable(add3), callable(Adder), callable(Adder.__call__))
print(list(map(Adder(100), [1, 2])))
class Plain: pass
try:
    Plain()()
except TypeError as e:
    print("TypeError", e)
class Stateful:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
s = Stateful()
s(); s()
print(s(), s.calls)
