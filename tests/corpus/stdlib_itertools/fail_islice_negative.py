import itertools
print(list(itertools.islice("abcdef", 2)))
print(list(itertools.islice("abcdef", -2)))
