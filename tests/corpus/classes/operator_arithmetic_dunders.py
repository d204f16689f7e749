class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __sub__(self, o): return Num(self.v - o.v)
    def __mul__(self, o): return Num(self.v * (o.v if isinstance(o, Num) else o))
    def __rmul__(self, o): return Num(o * self.v)
    def __truediv__(self, o): return Num(self.v / o.v)
    def __floordiv__(self, o): return Num(self.v // o.v)
    def __mod__(self, o): return Num(self.v % o.v)
    def __pow__(self, o): return Num(self.v ** o.v)
    def __rpow__(self, o): return Num(o ** self.v)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(abs(self.v))
    def __abs__(self): return Num(abs(self.v) * 10)
    def __invert__(self): return Num(~self.v)
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return "and"
    def __lshift__(self, o): return "lshift"
a, b = Num(7), Num(-2)
print(a - b, a * b, a * 3, 3 * a, a / b, a // b, a % b, b ** Num(3), 2 ** a)
print(-a, +b, abs(b), ~a, a @ b, a & b, a << 1)
try:
    a + b
except TypeError as e:
    print("TypeError", e)
try:
    -object()
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
