import math
print(int(2.9), int(-2.9), int(1e18), int(1.5e20), int(-0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5))
print(float(2**63), float(2**64 + 1), float(-(2**53) - 1))
print(int(0.1 + 0.7) , int((0.1 + 0.7) * 10))
print(float(123456789123456789), int(float(123456789123456789)))
print(1e22 == 10**22, 1e23 == 10**23, int(1e23))
print(float("1" * 30), int(float("1" * 30)))
