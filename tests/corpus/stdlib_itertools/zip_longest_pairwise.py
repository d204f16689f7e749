import itertools
print(list(itertools.zip_longest("abc", [1, 2])))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.zip_longest()), list(itertools.zip_longest([], [])))
print(list(itertools.zip_longest("a", "bc", "def", fillvalue=0)))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.pairwise("ab")), list(itertools.pairwise("a")))
print([b - a for a, b in itertools.pairwise([1, 4, 9, 16])])
