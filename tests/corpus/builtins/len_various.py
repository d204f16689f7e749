print(len(""), len("abc"), len("héllo"), len("日本語"))
print(len([]), len([1, [2, 3]]), len((1,)), len({}))
print(len({1: 2, 3: 4}), len({1, 2, 2, 3}), len(frozenset()))
print(len(b"ab\x00c"), len(bytearray(5)), len(range(10)), len(range(0, 10, 3)))
print(len(range(10, 0, -2)), len(range(5, 0)))

class Sized:
    def __len__(self):
        return 7

print(len(Sized()))

class Bad:
    def __len__(self):
        return -1

try:
    len(Bad())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
