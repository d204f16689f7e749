from enum import Enum, IntEnum, auto
class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.LOW, repr(Prio.MID), Prio.HIGH + 1, Prio.LOW < Prio.HIGH, Prio.MID == 5, sorted([Prio.HIGH, Prio.LOW]))
print(int(Prio.HIGH), Prio(5), f"{Prio.HIGH}", str(Prio.LOW), [p.value for p in Prio])
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
print(list(Shape), Shape.TRIANGLE.value)
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print(Named.ALPHA.value, Named("beta"))
class Mixed(Enum):
    A = 10
    B = auto()
print(Mixed.B.value)
