counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
index = {}
for i, w in enumerate("the cat the hat".split()):
    index.setdefault(w, []).append(i)
print(index)
print(len(counts), sorted(counts, key=counts.get), max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(counts.items())), list(counts.values()).count(4))
d = dict(zip(range(3), "abc"))
print(d, {v: k for k, v in d.items()})
