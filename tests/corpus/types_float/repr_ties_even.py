"""repr/str of many floats agree with CPython digit for digit, including
17-digit values exactly halfway between two candidates (ties go to even)."""
import random
r = random.Random(12345)
h = 0
samples = []
for i in range(60000):
    x = r.random() * 10.0 ** r.randint(-8, 22)
    if i % 3 == 0:
        x = -x
    s = repr(x)
    assert float(s) == x
    for c in s:
        h = (h * 131 + ord(c)) % 2305843009213693951
    if i < 10:
        samples.append(s)
print(samples)
print(h)
print(repr(1297788047657453.25), str(1297788047657453.25), f"{1297788047657453.25}", 1297788047657453.25)
print([repr(v) for v in (0.1 + 0.2, 2.5, 1e23, 5e-324, 9007199254740993.0, 1.7976931348623157e308, 2**0.5)])
