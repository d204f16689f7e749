from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5))
@dataclass
class Counter:
    count: ClassVar[int] = 0
    name: str = "c"
print(Counter(), Counter.count, [f for f in Counter.__dataclass_fields__])
@dataclass(slots=True)
class Slotted:
    x: int
s = Slotted(1)
print(s, hasattr(s, "__dict__"))
try:
    s.y = 2
except AttributeError as e:
    print(type(e).__name__)
