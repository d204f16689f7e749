class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__, vars(p))
p.__dict__["c"] = 3
print(p.c)
setattr(p, "d", 4)
print(getattr(p, "d"), sorted(vars(p)))
delattr(p, "a")
print(vars(p))
print(p.__class__.__name__, p.__class__ is P)
class Q: pass
p.__class__ = Q
print(type(p).__name__, hasattr(p, "cls_attr"))
try:
    getattr(p, "zzz")
except AttributeError as e:
    print("AttributeError", e)
