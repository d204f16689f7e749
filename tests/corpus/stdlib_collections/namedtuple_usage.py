from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(p._replace(x=10), p, p._asdict(), Point._fields)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(a=5, c=1), P3._field_defaults)
print(Point._make([3, 4]), Point(y=5, x=6))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "def x", rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
