print("ab" * 3, 3 * "ab", "x" * 0, "x" * -5, [0] * 3, [1, 2] * 2, (1,) * 3)
print([] * 10, "" * 100, 2 * [[]])
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print("-" * 20)
print(True * "yes", False * "no", "a" * True)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    [1] * "2"
except TypeError as e:
    print("TypeError", e)
