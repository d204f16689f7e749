from dataclasses import dataclass, field, fields
@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    secret: str = field(default="hidden", repr=False)
    total: int = field(default=0, compare=False)
a = Inventory("ann")
b = Inventory("bob")
a.items.append("sword")
print(a, b)
print(a.secret, [f.name for f in fields(a)], [f.default for f in fields(Inventory)][3:])
print(Inventory("x", total=5) == Inventory("x", total=9))
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Inventory)])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
