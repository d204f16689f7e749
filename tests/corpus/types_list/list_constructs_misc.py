print(list(range(5))[::-1], list(reversed([1, 2])), [x for x in "ab"], list(map(str.upper, "ab")))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a.sort(), a)
print([*range(3), *"ab"], [*[], *[1]])
print(len([[]]), [[]] == [[]], [[]] * 2)
l = [1, 2, 3, 4, 5]
first, *rest = l
print(first, rest)
print(l[::-1] == list(reversed(l)), l.copy() is not l, l[:] == l)
l.__setitem__(0, 99)
print(l, l.__getitem__(-1), l.__len__(), l.__contains__(99))
print(list.__name__, type([]).__name__, isinstance([], list))
