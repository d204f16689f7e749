a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(ka & {"x", "q"} == {"x"}, "x" in ka, 1 in a.values(), ("x", 1) in a.items(), ("x", 2) in a.items())
print(sorted(a.items() - {("x", 1)}), a.keys() == {"x", "y", "z"}, a.keys().isdisjoint({"q"}))
keys = a.keys()
vals = a.values()
a["new"] = 0
print(list(keys), list(vals), len(keys))
print(list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
print(type(keys).__name__, type(vals).__name__, type(a.items()).__name__)
print(a.values() == a.values())
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr({1: 2}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
