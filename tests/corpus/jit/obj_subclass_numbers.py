# Items that are int and float subclasses (and bools) read out of lists in
# compiled loops: the unboxing guards must check the exact type, so the
# subclasses' own operators and reprs run.


class MyFloat(float):
    # float subclasses keep float's arithmetic and comparisons here (krait's
    # interpreter does not yet let a float subclass override + - * / < ==
    # against a float); its unary minus, methods and repr are its own
    def __neg__(self):
        return "neg"

    def __repr__(self):
        return "MyFloat(%s)" % float.__repr__(self)

    def half(self):
        return float(self) / 2


class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1)

    def __sub__(self, o):
        return "sub"

    def __lt__(self, o):
        return True

    def __repr__(self):
        return "MyInt(%d)" % int(self)


class Plain(float):
    pass


def add_all(items):
    acc = 0.0
    for x in items:
        acc = x + acc
    return acc, type(acc).__name__


def mul_all(items):
    out = []
    for x in items:
        out.append((x * 2.0, x, -x, x < 0.0))
        if type(x) is MyFloat:
            out.append(x.half())
    return out


def int_ops(items):
    out = []
    for x in items:
        out.append((x + 1, x - 1, x < 0, x * 3, type(x).__name__))
    return out


floats = [1.5, 2.5, 3.5, 4.5]
print(add_all(floats))
print(add_all(floats + [MyFloat(0.25)] + floats))
print(add_all(floats + [Plain(0.25)] + floats))
print(mul_all(floats + [MyFloat(0.5), 1.0, Plain(2.0)]))
print(int_ops([1, 2, MyInt(5), 3, True, False, MyInt(-2)]))


def bool_arith(items):
    s = 0
    f = 0.0
    for b in items:
        s += b
        f += b * 0.5
        s -= (b is True)
    return s, f


print(bool_arith([True, False, True, 1, 2, True]))


def counter_kernel(items):
    # the same sum with a guard failing at every subclass item
    total = 0
    n = 0
    for x in items:
        total = total + x
        n += 1
    return total, type(total).__name__, n


print(counter_kernel([1, 2, 3, MyInt(10), 4, 5]))
print(counter_kernel([MyInt(1), 2, 3]))
print(counter_kernel([1, 2.0, Plain(3.0), True]))


def compare_subclasses(items, pivot):
    lo = 0
    hi = 0
    for x in items:
        if x < pivot:
            lo += 1
        else:
            hi += 1
    return lo, hi


print(compare_subclasses([1, 5, 9, MyInt(100), 3], 4))
print(compare_subclasses([1.5, MyFloat(9.0), Plain(2.0), 7.25], 4.0))


def float_specials(items):
    out = []
    for x in items:
        out.append((x == x, x < 1.0, x > -1.0, -x, abs(x)))
    return out


print(float_specials([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e308 * 10]))
