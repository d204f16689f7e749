a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
print(3 in [1, 2, 3], 4 not in (1, 2), "bc" in "abcd", "x" in "")
print("" in "abc", "" in "")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(10))
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(2 in Box([1, 2]), 5 in Box([1, 2]))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])
print(1 in {1.0}, True in {1})
