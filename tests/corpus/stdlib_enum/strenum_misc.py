from enum import Enum, StrEnum, auto
class Fruit(StrEnum):
    APPLE = auto()
    PEAR = "pear"
print(Fruit.APPLE, repr(Fruit.APPLE), Fruit.APPLE == "apple", Fruit.PEAR.upper(), Fruit("pear"))
class Str(str, Enum):
    A = "a"
print(Str.A == "a", Str.A.value, isinstance(Str.A, str))
print(Fruit.APPLE + "!", len(Fruit.PEAR))
