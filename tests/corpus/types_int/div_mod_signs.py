for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % -5, -0 // 3)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(1 / 3, 2 / 3, 10 / 4)
print(10**30 / 10**10, (10**30 + 1) / 10**15)
print(-1 % 10**20, (10**20 + 3) % -7, -(10**20) // 3)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
