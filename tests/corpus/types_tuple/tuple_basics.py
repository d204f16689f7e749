t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), (1), tuple(), 1,)
print(t.count(1), t.index(3.0), (1, 2, 1, 1).count(1), (1, 2, 3).index(3, 1))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) * 0)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print(3 in (1, 2, 3), "x" not in ("a",))
a, b, c = (1, 2, 3)
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
