from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 5), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.lon
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
@dataclass
class Mutable:
    v: int
try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)
