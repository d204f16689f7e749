print(list(range(10, 0, -1)), list(range(10, 0, -4)), list(range(0, -10, -3)))
print(list(range(-1, -5, -1)), list(range(5, 5, -1)), list(range(1, 5, -1)))
print(range(10, 0, -3)[-1], len(range(10, 0, -3)), 1 in range(10, 0, -3), 4 in range(10, 0, -3))
print(list(reversed(range(1, 10, 3))), reversed(range(3)).__class__.__name__)
for i in range(3, -1, -1):
    print(i, end=",")
print()
