print(min(3, 1, 2), max(3, 1, 2))
print(min([4, -5, 2]), max([4, -5, 2]))
print(min("hello"), max("hello"))
print(max(["apple", "Banana", "cherry"]))
print(min(["apple", "Banana", "cherry"], key=str.lower))
print(max([], default="empty"))
print(min([], default=None))
print(max([1, 2], default=0))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max("aa", "b", "ccc", key=len))
# ties: first one wins for both min and max
print(max(["xx", "yy", "z"], key=len), min(["xx", "yy", "z", "w"], key=len))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
