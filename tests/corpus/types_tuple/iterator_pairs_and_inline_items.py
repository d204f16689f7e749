# Pairs made by dict items, enumerate and zip: reused by the iterator only
# while nothing else refers to them, so kept pairs keep their values.
d = {"a": 1, "b": 2, "c": 3}
kept = []
for p in d.items():
    kept.append(p)
print(kept)
print(list(d.items()), list(enumerate("xyz", 5)), list(zip("ab", [1, 2])))
held = None
for p in enumerate([10, 20, 30]):
    if held is None:
        held = p
    print(p, held)
for k, v in d.items():
    print(k, v, end="; ")
print()
for i, (a, b) in enumerate(zip(range(3), "pqr")):
    print(i, a, b, end="; ")
print()
# a pair stored and then dropped while iterating
box = []
for x, y in zip([1, 2, 3], [4, 5, 6]):
    box[:] = [(x, y)]
print(box)
it = iter(d.items())
first = next(it)
second = next(it)
print(first, second, first is second)
z = zip("ab", "cd", "ef")
print(list(z))
print(list(zip()), list(zip([1, 2])), list(zip([1], [2], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
e = enumerate([1, 2], start=2**62 - 1)
print(list(e))
# tuples of every size up to and past the inline ones
for n in range(7):
    t = tuple(range(n))
    u = tuple(x for x in range(n))
    print(n, t, t == u, hash(t) == hash(u), t[-1:] if n else t, len(t))
a, b, c = (1, "two", 3.0)
print((a, b, c), (a, b, c)[1:], (a,) * 3, (a, b) + (c,))
print(bytes(b"\x00\xff\x10").__iter__().__length_hint__(), list(b"\x00\xff\x10"))
print(sum(b"abc"), [x for x in b""], max(iter(b"az")))
