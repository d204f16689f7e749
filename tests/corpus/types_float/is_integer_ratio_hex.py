for v in [1.0, 1.5, -2.0, 0.0, 1e300, float("inf")]:
    print(v, v.is_integer())
for v in [0.5, 0.1, -2.25, 3.0, 0.0, 1e-3]:
    print(v, v.as_integer_ratio())
for v in [1.0, 0.5, 0.1, -2.0, 0.0, -0.0, 255.0, 1e300, 5e-324, float("inf"), float("nan")]:
    print(v, v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("0x1p-2"), float.fromhex("-0x10"), float.fromhex("inf"))
print(float.fromhex(0.1.hex()) == 0.1)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
