it = iter([1, 2])
print(next(it))
print(next(it, "d"))
print(next(it, "d"))
print(next(it, None))
g = (x * x for x in range(3))
print(next(g), next(g), next(g), next(g, -1))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e.value))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
