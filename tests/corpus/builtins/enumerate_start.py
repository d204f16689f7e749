for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate("xy", start=10):
    print(i, c)
print(list(enumerate([5, 6], -2)))
e = enumerate(["a", "b", "c"])
print(next(e))
print(list(e))
print(list(enumerate([])))
print(dict(enumerate("hey", 1)))
