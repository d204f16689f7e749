print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print((1, "a") < (1, "b"), (2,) > (1, 99))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" < "apples")
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
try:
    print([1, 2] < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 < "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1: 2} < {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, None != False)
print(max("b", "a", "c"), sorted([(2, "b"), (1, "z"), (2, "a")]))
