import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(10**50))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**200))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(1, 2, 2), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.sqrt(float("inf")))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print(type(e).__name__, e)
