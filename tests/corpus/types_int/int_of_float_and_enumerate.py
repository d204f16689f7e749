# int(x) of small ints and floats (a fast path) and of everything else; enumerate(x)
# with and without start
vals = [0, 7, -3, 2.5, -2.5, 0.9999, -0.0, 1e18, -8.9e18, 9.5e18, 1e300, 2**62, -2**62, True, "12", " -4 "]
print([int(v) for v in vals])
for bad in [float("nan"), float("inf"), -float("inf"), "x", None]:
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
print(type(MyInt(3.5)).__name__, MyInt(3.5), int(x=5) if False else int("ff", 16))
print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", start=-1)))
class E(enumerate):
    pass
print(type(E([1])).__name__, list(E([1, 2])))
try:
    enumerate(3)
except TypeError as e:
    print(e)
