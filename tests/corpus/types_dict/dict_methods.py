d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "missing"), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
d.update(a=-1)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = 99
print(d["a"], c["a"])
d.clear()
print(d, len(d))
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
