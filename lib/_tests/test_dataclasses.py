import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['dc'] = r'''
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING
import dataclasses
from typing import List, Optional, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, Point(3), Point(x=5, y=6), p == Point(1, 2), p != Point(2, 2), p.x, p.y)
print(Point.__doc__, Point.__match_args__, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(repr(fields(Point)[1]).split("default_factory")[0])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)
v = Version(1, 2, 'x'); print(v, sorted([Version(2), Version(1, 5), Version(1, 2)]), v < Version(1, 3), hash(v) == hash(Version(1, 2, 'y')), v >= v)
try:
    v.major = 5
except FrozenInstanceError as e:
    print('frozen:', e, type(e).__mro__[1].__name__)
try:
    del v.minor
except FrozenInstanceError as e:
    print('frozen:', e)
@dataclass
class Inv:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, init=False)
    tags: dict = field(default_factory=dict, repr=False)
    def __post_init__(self):
        self.count = len(self.items)
i = Inv('a', ['x', 'y']); j = Inv('b'); j.items.append('z'); print(i, j, Inv('c').items, Inv.__doc__)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithInit(3), WithInit(3, 4), WithInit.__doc__, [f.name for f in fields(WithInit)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(KW(1, c=3), KW(1, b=5, c=6), KW.__doc__, KW.__match_args__)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: str = 'y'
print(AllKW(x=1), AllKW.__doc__)
@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 100
print(Derived(), Derived(1, 'z', 2.5), [f.name for f in fields(Derived)], Derived.__doc__)
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default=None, hash=False)
print(hash(H(1)) == hash((1,)), H(1) == H(1))
@dataclass
class NoHash:
    x: int
print(NoHash.__hash__)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class Cls:
    cv: ClassVar[int] = 10
    x: int = 1
print(Cls(), Cls.cv, [f.name for f in fields(Cls)])
@dataclass
class Nested:
    p: Point
    ps: list
    d: dict
n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n), astuple(n))
print(asdict(p, dict_factory=lambda kv: sorted(kv)))
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.a * 2})
print(C(1, 2), C(1, 2).double(), C.__doc__)
@dataclass
class Rec:
    name: str
    child: 'Rec' = None
r = Rec('a'); r.child = r; print(r)
@dataclass(slots=True)
class Sl:
    x: int
    y: int = 2
s = Sl(1); print(s, Sl.__slots__, hasattr(s, '__dict__'))
@dataclass(frozen=True, slots=True)
class FS:
    x: int
print(FS(1), hash(FS(1)) == hash((1,)))
@dataclass
class Opt:
    x: Optional[int] = None
    y: 'list[int]' = None
print(Opt.__doc__, Opt())
print(dataclasses.fields(p)[0].type, dataclasses.fields(p)[0].default is MISSING, repr(MISSING)[:5])
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__doc__)
@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: str = 'hi'
    d: float = field(default_factory=lambda: 2.5)
print(Defaults.__doc__, Defaults())
@dataclass
class Post:
    x: int
    def __post_init__(self):
        if self.x < 0: raise ValueError('negative')
try:
    Post(-1)
except ValueError as e:
    print('post_init:', e)
@dataclass
class Cust:
    x: int
    def __repr__(self): return 'custom'
    def __eq__(self, o): return True
print(Cust(1), Cust(1) == Cust(2))
match Point(1, 2):
    case Point(x, y): print('matched', x, y)
print(sorted([Version(1, 1), Version(0, 9)])[0], max(Version(1), Version(1, 1)))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
@dataclass
class Sub(Point):
    z: int = 5
print(Sub(1, 2, 3), Sub(1) == Point(1), isinstance(Sub(1), Point))
'''
errs = ["Point()", "Point(1, 2, 3)", "Point(1, x=2)", "Point(1, z=2)", "KW(1)", "KW(1, 2, c=3)", "KW()",
        "Version(1).major = 2", "field(default=1, default_factory=list)",
        "@dataclass\nclass Bad:\n    x: int = 1\n    y: int", "@dataclass\nclass M:\n    x: list = []",
        "@dataclass(order=True)\nclass O:\n    x: int\n    def __lt__(s, o): pass", "@dataclass(eq=False, order=True)\nclass O:\n    x: int",
        "replace(Point(1), z=3)", "asdict(5)", "fields(5)", "@dataclass\nclass F(Version):\n    z: int = 1",
        "@dataclass(frozen=True)\nclass F(Point):\n    z: int = 1", "Point(1, 2) < Point(2, 3)", "Version(1) < Point(1)",
        "AllKW(1)", "hash(Point(1))", "replace(WI(1), b=2)",
        "@dataclass\nclass T:\n    x: int\n    y: int\n    z: int\nT(1)", "@dataclass\nclass T:\n    x: int\n    y: int\n    z: int\nT()",
        "@dataclass\nclass T:\n    x: int\nT(1, 2, 3)", "@dataclass\nclass T:\n    pass\nT(1)",
        "@dataclass\nclass T:\n    x: int\n    y: int = 1\nT(1, 2, 3)", "@dataclass\nclass T:\n    x: int\n    _: KW_ONLY\n    y: int = 1\nT(1, 2, y=3)",
        ]
for i, e in enumerate(errs):
    progs['err%d' % i] = ("from dataclasses import *\n@dataclass\nclass Point:\n    x: int\n    y: int = 0\n"
                          "@dataclass(frozen=True, order=True)\nclass Version:\n    major: int\n    minor: int = 0\n"
                          "@dataclass\nclass KW:\n    a: int\n    _: KW_ONLY\n    b: int = 2\n    c: int\n"
                          "@dataclass(kw_only=True)\nclass AllKW:\n    x: int\n"
                          "@dataclass\nclass WI:\n    a: int\n    b: int = field(init=False, default=0)\n" + e)

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
