import itertools
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), [True, False] * 3)))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(str.isdigit, "123abc456")), list(itertools.dropwhile(str.isdigit, "123abc456")))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
it = iter([1, 2, 3, 10, 4])
print(list(itertools.takewhile(lambda x: x < 3, it)), list(it))
