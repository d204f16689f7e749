from dataclasses import dataclass, asdict, astuple, replace, field, is_dataclass
@dataclass
class Inner:
    a: int
    b: list = field(default_factory=lambda: [1, 2])
@dataclass
class Outer:
    name: str
    inner: Inner
    extra: dict = field(default_factory=dict)
o = Outer("out", Inner(5), {"k": Inner(6)})
print(asdict(o))
print(astuple(o))
d = asdict(o)
d["inner"]["b"].append(99)
print(o.inner.b)
o2 = replace(o, name="copy")
print(o2.name, o2.inner is o.inner)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(5))
try:
    asdict(Outer)
except TypeError as e:
    print(type(e).__name__, e)
