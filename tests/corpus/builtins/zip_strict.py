print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
a, b = zip(*[(1, 'x'), (2, 'y'), (3, 'z')])
print(a, b)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [4, 5], [6], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
