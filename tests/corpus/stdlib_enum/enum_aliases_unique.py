from enum import Enum, unique
class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 0
print(Status.RUNNING, Status.RUNNING is Status.ACTIVE, list(Status), list(Status.__members__))
print(Status(1).name)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def label(self):
        return self.name.title()
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.label)
class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
print(Op("+").apply(2, 3), Op.SUB.apply(2, 3))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
