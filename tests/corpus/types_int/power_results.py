print(2 ** 10, 2 ** 0, 0 ** 0, (-1) ** 1001, (-2) ** 63)
print(2 ** -1, 10 ** -2, (-2) ** -3, type(2 ** -1).__name__)
print(7 ** 50)
print(2 ** 256)
print(3 ** 3 ** 3 == 3 ** 27, (3 ** 3) ** 3)
x = 5
x **= 3
print(x)
print(10 ** 20 == 100000000000000000000, 10 ** 3.0)
print(pow(-1, 2**64), pow(123456789, 0))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
