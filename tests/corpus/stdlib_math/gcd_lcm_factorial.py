import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(2, 3, 4), math.lcm(-4, 6))
print(math.gcd(2**100, 6**50), math.lcm(10**20, 15))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(25))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.gcd(2.0, 4)
except TypeError as e:
    print(type(e).__name__, e)
