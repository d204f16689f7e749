from collections import defaultdict
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd))
print(dd["z"], "z" in dd, "y" in dd)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
nd = defaultdict(None)
try:
    nd["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(dd.default_factory is list, counts.get("missing"), "missing" in counts)
s = defaultdict(set)
s[1].add(2)
print(s[1], isinstance(s, dict))
print(repr(defaultdict(int, {"a": 1})))
