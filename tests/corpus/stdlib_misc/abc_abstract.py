from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return self.name() + " with area " + str(self.area())
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, ABC))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__ == frozenset())
