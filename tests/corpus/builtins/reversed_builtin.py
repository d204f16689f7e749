print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))))
print(list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2, "c": 3})))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

print(list(reversed(Seq())))

class Custom:
    def __reversed__(self):
        return iter("zyx")

print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
