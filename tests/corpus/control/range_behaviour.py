print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
print(list(range(5, 2)), list(range(-3, 3, 2)))
r = range(0, 20, 5)
print(r, len(r), r[1], r[-1], r[1:3], 15 in r, 16 in r, r.index(10))
print(range(3) == range(0, 3), range(0) == range(5, 5), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20), range(10 ** 20)[::10 ** 19])
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
