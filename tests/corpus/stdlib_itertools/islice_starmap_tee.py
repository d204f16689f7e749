import itertools
print(list(itertools.islice("abcdefg", 3)), list(itertools.islice("abcdefg", 2, 5)), list(itertools.islice("abcdefg", 0, None, 2)))
print(list(itertools.islice(range(100), 10, 20, 3)), list(itertools.islice([1, 2], 5)), list(itertools.islice("ab", None)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.starmap(lambda a, b: a + b, zip("abc", "xyz"))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
it1, it2, it3 = itertools.tee(iter("xy"), 3)
print(next(it1), list(it2), list(it1), list(it3))
src = iter(range(5))
x, y = itertools.tee(src)
print(next(x), next(x), next(y), list(y), list(x))
