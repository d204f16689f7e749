# _random.Random directly: seeding by int (sign ignored), state round trips,
# getrandbits widths, setstate's checks and messages, subclassing.
import _random


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


r = _random.Random(12345)
print([round(r.random(), 12) for _ in range(3)])
print([r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 100)])
print(r.getrandbits(1000) % 1000003, r.getrandbits(0))
a, b = _random.Random(-99), _random.Random(99)
print(a.random() == b.random(), _random.Random(2**100).random(), _random.Random(0).random())
print(_random.Random(True).random() == _random.Random(1).random())
st = r.getstate()
print(type(st).__name__, len(st), st[-1], all(0 <= x < 2**32 for x in st))
x = [r.random() for _ in range(700)]
r.setstate(st)
print(x == [r.random() for _ in range(700)])
r.seed(7)
y = r.random()
r.seed(7)
print(y == r.random(), r.seed(8), r.seed())
s = list(st)
for bad in (-1, 2**32 + 5, 2**64):
    s[0] = bad
    show("setstate word %r" % bad, lambda: r.setstate(tuple(s)))
print(r.getstate()[0])
s[0] = 1
for idx in (-1, 625, 624, 0):
    s[-1] = idx
    show("setstate index %d" % idx, lambda: r.setstate(tuple(s)))
show("setstate list", lambda: r.setstate(list(st)))
show("setstate short", lambda: r.setstate(st[:-1]))
show("setstate str", lambda: r.setstate(tuple(["a"] * 625)))
show("two args", lambda: _random.Random(1, 2))
show("keyword", lambda: _random.Random(x=1))
show("bits -1", lambda: r.getrandbits(-1))
show("bits float", lambda: r.getrandbits(2.0))
show("random arg", lambda: r.random(1))
print(_random.Random.__module__, _random.Random.__name__, repr(_random.Random)[:22])


class Counted(_random.Random):
    def __init__(self, seed, tag):
        super().__init__()
        self.seed(seed)
        self.tag = tag
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()


c = Counted(5, "t")
print(c.tag, c.random() == _random.Random(5).random(), c.calls, isinstance(c, _random.Random))
