import functools
class Circle:
    def __init__(self, r):
        self.r = r
        self.computations = 0
    @functools.cached_property
    def area(self):
        self.computations += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computations)
print("area" in vars(c))
c.r = 10
print(c.area)
del c.area
print(c.area, c.computations)
c.area = 0
print(c.area)
print(type(Circle.__dict__["area"]).__name__)
