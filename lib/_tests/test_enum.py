import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['enum'] = r'''
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.RED == Color.RED, Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(Color, repr(Color), Color.__members__, list(Color.__members__), Color.__name__)
print(f'{Color.RED}', '{}'.format(Color.GREEN), format(Color.BLUE, '>12'), str(Color.RED), hash(Color.RED) == hash('RED'))
print([c.name for c in reversed(Color)], {Color.RED: 'r'}[Color.RED], sorted(Color, key=lambda c: -c.value))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__.items()))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num(2), f'{Num.TWO}', str(Num.TWO), format(Num.ONE, '03d'), int(Num.TWO), sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, [1, 2, 3][Num.ONE])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
RWX = Perm.R | Perm.W | Perm.X
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), RWX, list(RWX), Perm.R in RWX, bool(Perm(0)), Perm(0), repr(Perm(0)), ~Perm.R, Perm(7), len(RWX))
print((Perm.R | Perm.W) & Perm.W, Perm.R ^ Perm.R, Perm(6).name, Perm(6).value)
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 8, repr(IP.A | 8), IP(3) == 3, IP.B + 1, str(IP.C), f'{IP.A | IP.C}', ~IP.A, repr(~IP.A))
class FA(Flag):
    X = auto()
    Y = auto()
    Z = auto()
    ALL = X | Y | Z
print(list(FA), FA.ALL, repr(FA.ALL), [m.value for m in FA], FA.X | FA.Z)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B, S.A == 'a', S.B.upper(), f'{S.B}', S('bee'), '-'.join(S))
Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal.ANT, repr(Animal.BEE), list(Animal), Animal.CAT.value, Animal.__module__)
Animal2 = Enum('Animal2', [('X', 10), ('Y', 20)])
print(list(Animal2), Animal2(20))
Animal3 = Enum('Animal3', {'P': 'p', 'Q': 'q'})
print(list(Animal3))
Animal4 = IntEnum('Animal4', 'A B', start=5)
print(list(Animal4), repr(Animal4.B))
@unique
class U(Enum):
    A = 1
    B = 2
print(list(U))
class WithMethods(Enum):
    X = 1
    Y = 2
    def describe(self):
        return 'I am %s with %d' % (self.name, self.value)
    @classmethod
    def first(cls):
        return list(cls)[0]
print(WithMethods.X.describe(), WithMethods.first(), WithMethods.Y.describe())
class Missing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None
print(Missing('A'))
class Mix(str, Enum):
    X = 'x'
print(Mix.X, repr(Mix.X), Mix.X == 'x', f'{Mix.X}')
class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(Gen))
print(Color.RED.__class__.__name__, Color.__class__.__name__, type(Color).__name__)
print(dir(Color.RED) if False else '', isinstance(Color, type))
import enum
print(enum.EnumMeta is enum.EnumType, Color._member_names_, Perm._flag_mask_)
class Ordered(Enum):
    LOW = 1
    HIGH = 3
    def __lt__(self, other): return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]))
print(Color.RED != Color.GREEN, Color.RED.value + 10, max(Color, key=lambda c: c.value))
for c in Color:
    print(c.name, c.value, end='; ')
print()
print({c: c.value for c in Color})
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
class Empty(Enum):
    pass
class Child(Empty):
    Z = 26
print(list(Child), list(Empty))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Perm.R) is Perm.R)
print(Color.RED.__reduce_ex__(4))
'''
errs = ["Color(5)", "Color['PINK']", "Color.RED = 5", "Color.PINK", "class Bad(Color):\n    X = 9", "Color(None)",
        "from enum import unique\n@unique\nclass D(Enum):\n    A = 1\n    B = 1", "class Dup(Enum):\n    A = 1\n    A = 2",
        "Num(3)", "Perm(8)", "'RED' in Color", "Color.RED.value = 5", "class Z(Enum):\n    _bad_ = 1", "S(5)", "Color.RED < Color.GREEN",
        "del Color.RED", "class M(Enum):\n    A = 'a'\n    @classmethod\n    def _missing_(cls, v): return 5\nM('x')"]
for i, e in enumerate(errs):
    progs['err%d' % i] = ("from enum import Enum, IntEnum, Flag, StrEnum\nclass Color(Enum):\n    RED = 1\n    GREEN = 2\nclass Num(IntEnum):\n    A = 1\n"
                          "class Perm(Flag):\n    R = 1\n    W = 2\nclass S(StrEnum):\n    A = 'a'\n" + e)

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
