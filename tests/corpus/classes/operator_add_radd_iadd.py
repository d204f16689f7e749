class V:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, other):
        print("__add__")
        if isinstance(other, V):
            return V(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[a + other for a in self.c])
        return NotImplemented
    def __radd__(self, other):
        print("__radd__")
        return self + other
    def __iadd__(self, other):
        print("__iadd__")
        self.c = [a + other for a in self.c]
        return self
    def __repr__(self):
        return f"V{tuple(self.c)}"
a = V(1, 2)
b = V(10, 20)
print(a + b)
print(a + 1)
print(5 + a)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
alias = a
a += 100
print(a, alias is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1); old = n
n += 1
print(n.v, old.v, n is old)
