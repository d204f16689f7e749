# Operators on instances whose methods are Python functions (BINARY_OP_PY:
# the method entered like a call): same-class operands, int/float operands
# on either side, in-place methods, NotImplemented falling through to the
# reflected method and to TypeError, exceptions and recursion inside the
# method, and one site seeing several operand kinds.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k)
        return NotImplemented

    def __rmul__(self, k):
        return V(self.x * k * 10)

    def __sub__(self, o):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W:
    def __radd__(self, o):
        return "W.radd"

    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "W.add"


class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, o):
        self.n += o
        return self


class Cell:
    def __init__(self, k):
        self.k = k

    def __add__(self, o):
        # a closure inside the operator method
        def inner():
            return self.k + o.k
        return Cell(inner())


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o.n
        return Deep(self.n - 1) + o


class Boom:
    def __add__(self, o):
        raise ValueError("boom from __add__")


class Q:
    def __add__(self, o):
        return NotImplemented


def run():
    out = []
    a, b = V(1), V(2)
    for i in range(60):
        out.append((a + b).x)
        out.append((a * 3).x)
        out.append((3 * a).x)
        out.append((2.5 * a).x)
        out.append((a + 1.5).x)
    for bad in ("s", None):
        try:
            a + bad
        except TypeError as e:
            out.append(str(e))
    try:
        a - b
    except TypeError as e:
        out.append(str(e))
    w = W()
    for i in range(30):
        out.append(a + w)
        w2 = w
        w2 += 1
        out.append(w2)
    acc = Acc()
    for i in range(40):
        acc += i
    out.append(acc.n)
    c = Cell(1)
    for i in range(30):
        c = c + Cell(i)
    out.append(c.k)
    for i in range(30):
        out.append(Deep(i % 7) + Deep(i))
    for i in range(30):
        try:
            Boom() + Boom()
        except ValueError as e:
            out.append(str(e))
    for i in range(30):
        try:
            Q() + Q()
        except TypeError as e:
            out.append(str(e))
    for v in [V(1), 2, 3.0, V(4), "x", V(5), [1], V(6)] * 5:
        try:
            out.append(repr(v + v))
        except TypeError as e:
            out.append(str(e))
    return out


r = run()
print(len(r))
for i in range(0, len(r), 25):
    print(r[i:i + 25])
