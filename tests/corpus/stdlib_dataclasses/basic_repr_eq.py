from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
p.x = 10
print(p, p.x)
@dataclass
class Named:
    name: str
    tags: list
    score: float = 1.5
print(Named("n", ["a"]), repr(Named("q'uote", [])))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__name__, hasattr(Point, "__dataclass_fields__"))
