import itertools
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaaa")])
print([k for k, _ in itertools.groupby([1, 1, 2, 2, 2, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
data = [("a", 1), ("a", 2), ("b", 3)]
print({k: [v for _, v in g] for k, g in itertools.groupby(data, lambda t: t[0])})
groups = itertools.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(itertools.groupby([])))
print([(k, len(list(g))) for k, g in itertools.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
