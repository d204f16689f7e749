from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
q = Point(1, 0)
print(p, p == q, p is q)
p.tags.append("a")
print(p, q)
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
cards = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(cards))
try:
    cards[0].rank = 1
except Exception as e:
    print(type(e).__name__, e)
print(hash(Card(1, "x")) == hash(Card(1, "x")))
