from collections import namedtuple
P = namedtuple("P", "x y z", defaults=(3,))
print(P(1, 2), P(1, 2, 4), P(x=1, y=2), P._fields, P._field_defaults, P.__new__.__qualname__, P.__new__.__name__)
for args, kw in (((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}), ((1, 2), {"w": 2}), ((1,), {})):
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
One = namedtuple("One", ["a"])
print(One(5), One(a=6), One._make([7]), P(1, 2)._replace(z=9), P(1,2)._asdict())
R = namedtuple("R", ["def", "x", "def"], rename=True)
print(R(1, 2, 3), R._fields)
E = namedtuple("E", [])
print(E(), repr(E()))
print(P.__new__.__defaults__, P.__doc__)
