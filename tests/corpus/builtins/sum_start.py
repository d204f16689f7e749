print(sum([1, 2, 3]))
print(sum([1, 2, 3], 10))
print(sum([], 5))
print(sum([0.1] * 10))
print(sum([0.1, 0.2, 0.3]))
print(sum([1, 2.5]))
print(sum([[1], [2, 3]], []))
print(sum(((1,), (2,)), ()))
print(sum(range(1, 11), start=-55))
print(sum([True, True, False]))
print(sum([10**20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
