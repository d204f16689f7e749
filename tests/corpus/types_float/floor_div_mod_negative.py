for a in [7.5, -7.5]:
    for b in [2.0, -2.0]:
        print(a, b, a // b, a % b)
print(-0.5 // 1, -0.5 % 1, 0.5 % -1)
print(5.0 % 3, -5.0 % 3, 5 % -3.0, -1e-20 % 1.0)
print(1.0 // 0.1, 1.0 % 0.1)
print(3 // 2.0, 3.0 // 2, -3 // 2.0)
print(float("inf") // 1, float("inf") % 2 if False else "skip", 5 % float("inf"), -5 % float("inf"))
print(6.0 / 4, 1 / 4.0, 1e308 * 10 / 1e308)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
