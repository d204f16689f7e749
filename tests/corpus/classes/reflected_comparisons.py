class L:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"L{self.n}.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print(f"L{self.n}.__gt__")
        return self.n > (o.n if isinstance(o, L) else o)
    def __eq__(self, o):
        print(f"L{self.n}.__eq__")
        return NotImplemented
print(L(1) < L(2))
print(5 < L(3))
print(L(1) == L(1))
print(L(2) != 3)
class Sub(L):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
# subclass reflected method is tried first
print(L(1) < Sub(0))
try:
    print(object() < object())
except TypeError as e:
    print("TypeError", e)
