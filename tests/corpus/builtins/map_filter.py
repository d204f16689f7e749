print(list(map(str, [1, 2, 3])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.0])))
print(list(filter(lambda x: x % 2, range(10))))
m = map(abs, [-1, -2])
print(next(m), next(m))
try:
    next(m)
except StopIteration:
    print("exhausted")
f = filter(str.isupper, "aBcDE")
print("".join(f))
print(list(map(int, "123")))
