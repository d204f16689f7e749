class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cur}{self.amount:g}"
        return format(str(self), spec)
m = Money(12.5, "EUR")
print(m)
print(repr(m), str(m))
print([m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m:short}", f"[{m:>15}]")
print("{} {:short}".format(m, m), format(m, "short"))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only-str"
print(OnlyStr(), [str(OnlyStr())])
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print("TypeError", e)
