for i, c in enumerate("abc", start=1):
    print(i, c)
names = ["ann", "bob", "cy"]
ages = [30, 25]
for n, a in zip(names, ages):
    print(n, a)
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", "cd", "ef")))
print(list(enumerate([])), dict(enumerate("xy")))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
for i, (a, b) in enumerate(zip("xy", "XY")):
    print(i, a + b)
