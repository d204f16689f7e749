# Sequence comparisons: ints, strs and floats decide element order directly,
# everything else (NaN, subclasses, big ints, nested) the general way.
nan = float("nan")
class S(str):
    def __lt__(self, o): return True
    def __eq__(self, o): return False
    __hash__ = str.__hash__
tests = [((1, "b"), (1, "a")), ((1, 2.5), (1, 2.5)), ((nan,), (nan,)), ((1, nan), (1, nan)), (("a", 1), ("a", 1, 0)),
         ((2**70, 1), (2**70, 2)), ((1.0, 2), (1, 3)), ((S("x"), 1), (S("x"), 0)), (("é", 1), ("z", 1)), (("\U0001F600",), ("\uffff",)),
         ([1, "a"], [1, "b"]), ((True, 1), (1, 0)), (((1, 2), 3), ((1, 2), 2))]
for a, b in tests:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
x = (nan,)
print(x == x, [nan] == [nan], (nan, 1) < (nan, 2))
print(sorted([(-3, "b"), (-3, "a"), (-1, "z"), (0, "")]))
try:
    (1, "a") < (1, 2)
except TypeError as e: print(e)
