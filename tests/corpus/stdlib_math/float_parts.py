import math
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(0.0, -1), math.fabs(-3), math.fabs(-0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.fmod(5.5, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(2.0), math.modf(math.inf))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 0))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(-7, 3))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.fsum([0.1] * 10), math.fsum([1, 1e-20, -1]))
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
