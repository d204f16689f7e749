class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Rec:
    width = Typed()
    height = Typed()
    def __init__(self, w, h):
        self.width = w
        self.height = h
r = Rec(3, 4)
print(r.width * r.height, type(Rec.width).__name__)
try:
    r.width = "wide"
except TypeError as e:
    print("TypeError", e)
class NonData:
    def __get__(self, obj, t=None):
        return "from descriptor"
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
