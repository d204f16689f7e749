import math
vals = [0.1, 1/3, math.pi, 2**0.5, 1e-300, 123456.789, 5e-324, 1.7976931348623157e308, 0.30000000000000004]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(float(repr(-0.0)), math.copysign(1, float("-0.0")))
print(0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2)
print(100 * 1.1, 0.57 * 100, 1.15 * 100)
print(1e16 + 1, 1e16 + 2, 2.0**53 + 1)
