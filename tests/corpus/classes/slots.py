class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
l = Loose(0, 0)
l.anything = "ok"
print(l.anything, l.__dict__)
e = Point.__new__(Point)
try:
    e.x
except AttributeError as err:
    print("AttributeError", err)
print(Point.__slots__, type(Point.__dict__["x"]).__name__)
