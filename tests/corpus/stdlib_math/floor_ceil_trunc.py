import math
for v in [2.5, -2.5, 3.0, -0.1, 1e20, 7]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(10**30), math.ceil(-(10**30)))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor("1")
except TypeError as e:
    print(type(e).__name__, e)
