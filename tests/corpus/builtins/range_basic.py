print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(0)))
print(list(range(5, 2)))
print(list(range(-5, 5, 4)))
for i in range(3):
    print("i =", i)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(101)))
