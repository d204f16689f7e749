d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 100
print(d)
del d["a"]
d["a"] = 4
print(d)
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, list(d2.items()))
d3 = {k: None for k in "hello"}
print(list(d3))
d4 = {1: "int", 1.0: "float"}
print(d4)
d5 = dict(b=1, a=2)
print(d5, {**d5, "c": 3, "b": 0})
