import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10))
print(math.prod([10**10] * 3))
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.perm(5, -1)
except ValueError as e:
    print(type(e).__name__, e)
