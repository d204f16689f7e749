a = {1, 2, 3}
print(min(a), max(a), sum(a), sorted(a), list(sorted(a, reverse=True)))
print(1 in a, 4 not in a, len(a), bool(set()), bool({0}))
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1, 2} <= {1, 2}, {4} < {1, 2})
unique = []
seen = set()
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
print(set([1, 2]).__contains__(1), {1, 2}.__len__())
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
