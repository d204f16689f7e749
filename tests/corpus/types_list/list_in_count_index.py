l = [1, "a", 2.0, None, [3], (4,), True]
print(1 in l, "a" in l, 2 in l, None in l, [3] in l, (4,) in l, 5 in l, 1.0 in l)
print(l.count(1), l.index(2), l.index(True), l.index(None))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -2), [0, 0].count(0))
class Eq:
    def __eq__(self, other):
        return True
print(Eq() in [1], [1, 2].count(Eq()), [5, 6].index(Eq()))
x = float("nan")
print(x in [x], [x].count(x), [float("nan")].count(x))
try:
    [1, 2, 3].index(2, 0, 1)
except ValueError as e:
    print(type(e).__name__, e)
