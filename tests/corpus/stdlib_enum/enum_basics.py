from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.RED is Color(1), Color.RED == 1)
print(list(Color), len(Color), [c.name for c in Color])
print(Color.GREEN in Color, isinstance(Color.GREEN, Color), type(Color.GREEN).__name__)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__)
print({Color.RED: "r"}[Color.RED], Color.RED != Color.BLUE)
print(f"{Color.RED}", str(Color.BLUE), format(Color.GREEN))
print(Color.__members__.keys(), Color.RED.__class__ is Color)
