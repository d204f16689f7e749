# Instances called through their class's `__call__` (a Python function,
# inherited, replaced on the class, a staticmethod, or missing), at one call
# site seeing several classes; wrong argument counts; errors inside.


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Shift(Scale):
    pass


class Twice(Scale):
    def __call__(self, x, y=0):
        return 2 * x + y


class Static:
    @staticmethod
    def __call__(x):
        return ("static", x)


class Raises:
    def __call__(self):
        raise KeyError("inside __call__")


def apply_all(fs, x):
    return [f(x) for f in fs]


def run():
    out = []
    fs = [Scale(2), Shift(3), Twice(4), Static(), len, lambda v: v - 1]
    for i in range(40):
        out.append(apply_all(fs[:4] + fs[5:], i))
    out.append(Twice(1)(5, y=7))
    try:
        Scale(2)(1, 2)
    except TypeError as e:
        out.append(str(e))
    try:
        Scale(2)()
    except TypeError as e:
        out.append(str(e))
    for i in range(20):
        try:
            Raises()()
        except KeyError as e:
            out.append(repr(e))
    s = Scale(5)
    out.append(s(3))
    Scale.__call__ = lambda self, x: ("replaced", x)
    for i in range(10):
        out.append(s(i))
    del Scale.__call__
    try:
        s(1)
    except TypeError as e:
        out.append(str(e))
    return out


r = run()
print(len(r))
for row in r:
    print(row)
