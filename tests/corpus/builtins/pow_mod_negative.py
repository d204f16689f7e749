print(pow(2, 10), pow(2, -1), pow(2, -2), pow(-2, 3))
print(pow(2, 100))
print(pow(3, 4, 5), pow(2, 1000, 97), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(-8, 1/3))
print((-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
