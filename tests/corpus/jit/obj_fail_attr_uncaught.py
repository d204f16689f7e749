# An AttributeError from an attribute read on an object of the wrong class
# inside a compiled loop, uncaught.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x):
        self.x = x


def norm1(ps):
    t = 0
    for p in ps:
        t += abs(p.x) + abs(p.y)
    return t


ps = [P(i, -i * 0.5) for i in range(5)]
print(norm1(ps))
print(norm1(ps[:2] + [Q(3)] + ps))
