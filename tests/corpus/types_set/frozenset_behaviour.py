f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, sorted(f))
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9})
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset() == set(), frozenset("aab") == frozenset("ba"))
print(frozenset({5}).union([6]), f.copy() == f)
