from dataclasses import dataclass, field
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    def total(self):
        return self.x + self.y + self.z
d = Derived(10, z=5)
print(d, d.total(), isinstance(d, Base))
@dataclass
class Validated:
    n: int
    def __post_init__(self):
        if self.n < 0:
            raise ValueError("n must be >= 0, got %d" % self.n)
print(Validated(3))
try:
    Validated(-1)
except ValueError as e:
    print(type(e).__name__, e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<"))
