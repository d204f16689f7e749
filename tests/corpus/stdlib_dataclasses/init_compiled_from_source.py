import dataclasses
from dataclasses import dataclass, field

@dataclass
class P:
    x: int
    y: int = 2
    z: str = "z"

print(P(1), P(1, 3), P(x=5, z="q"), P.__init__.__qualname__, P.__init__.__name__)
for args, kw in (((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}), ((1,), {"w": 2})):
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

@dataclass(frozen=True)
class F:
    a: int
    b: tuple = (1, 2)

f = F(1)
print(f, hash(f) == hash(F(1)))
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class S:
    self: int
    other: int = 0
print(S(1, 2))

@dataclass
class E:
    pass
print(E(), E.__init__.__annotations__, P.__init__.__annotations__)

print(P.__doc__)
@dataclass
class Q(P):
    w: int = 9
print(Q(1), Q(1, 2, "a", 4))
