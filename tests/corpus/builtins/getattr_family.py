class P:
    cls_attr = "class-level"
    def __init__(self):
        self.x = 1

p = P()
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "cls_attr"))
print(getattr(p, "x"), getattr(p, "y", "default"), getattr(p, "cls_attr"))
setattr(p, "y", 42)
print(p.y, getattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(P, "new_cls", 7)
print(p.new_cls)
print(getattr(5, "real"), getattr("abc", "upper")())
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "foo", 1)
except AttributeError as e:
    print(type(e).__name__, e)
