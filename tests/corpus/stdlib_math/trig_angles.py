import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(1), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90))
try:
    math.asin(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sin(math.inf)
except ValueError as e:
    print(type(e).__name__, e)
