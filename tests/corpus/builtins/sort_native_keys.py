# Sorts whose keys compare without Python code (small ints, strs, floats, and
# tuples of them, column by column) take a native path; mixed or unorderable
# keys take the general one. Results, stability and errors must match.
words = ["pear", "fig", "apple", "kiwi", "fig", "date", "plum", "apple"]
counts = {w: len(w) * (i % 3) for i, w in enumerate(words)}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True))
pairs = [(3, "c"), (1, "b"), (3, "a"), (1, "b"), (2, "z"), (3,), (1, "b", 0.5), ()]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
# stability: equal keys keep their order (reverse too)
recs = [("x", 2, "first"), ("y", 1, "second"), ("x", 2, "third"), ("y", 1, "fourth")]
print(sorted(recs, key=lambda r: (r[0], r[1])))
print(sorted(recs, key=lambda r: (r[0], r[1]), reverse=True))
# floats, negative zero, mixed with ints in one column (general path)
fl = [2.5, -0.0, 0.0, -1.25, 1e300, -1e-300]
print(sorted(fl), sorted(fl, reverse=True))
print(sorted([(1, 2.5), (1, 2), (0, 3.0), (1, -1)]))
print(sorted([3, 1.5, 2, -0.5, True, False]))
# big ints and NaN leave the native path and still sort as CPython does
print(sorted([(2**70, "a"), (5, "b"), (-2**65, "c")]))
nan = float("nan")
print(sorted([(1, 2.0), (0, nan), (1, 1.0)], key=lambda t: t[0]))
# list.sort in place, with and without key
l = [("b", 2), ("a", 9), ("b", 1), ("a", 9)]
l.sort()
print(l)
l.sort(key=lambda t: (t[1], t[0]), reverse=True)
print(l)
# unorderable columns raise the same TypeError
for bad in ([(1, "a"), (1, 2)], [("a",), (1,)], [(1,), "a"]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
# a column of different kinds is fine when earlier columns already decide
print(sorted([(1, "a"), (2, 3)]))
