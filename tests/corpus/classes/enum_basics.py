from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color(2).name)
print([c.name for c in Color], len(Color), Color["RED"] is Color.RED)
print(Color.RED == 1, isinstance(Color.RED, Color))
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.HIGH > Pri.LOW, Pri.LOW + 1, Pri.HIGH == 2)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
