class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a in [b], a in [a])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
x, y = Eq(1), Eq(1)
print(x == y, x != y, x in [y], [x].index(y), [x, y].count(Eq(1)))
print(Eq.__hash__ is None)
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
print(None == P(), P() == None)
