a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([4, 10]))
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print({1, 2} == {2, 1}, {1} == frozenset([1]), set() == frozenset())
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
