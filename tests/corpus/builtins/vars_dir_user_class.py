class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
    @property
    def mag(self):
        return 0

p = Point(1, 2)
print(vars(p))
p.z = 3
print(vars(p))
print(p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print(sorted(k for k in vars(Point) if not k.startswith("__")))
class Sub(Point):
    extra = 1
print([n for n in dir(Sub) if not n.startswith("_")])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
