d = {}
d[1] = "int"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "fs"
d[2.5] = "float"
d[True] = "bool overrides 1"
print(d)
print(d[1], d[1.0], d[(1, 2)], d[frozenset({1})], len(d))
print(1 in d, "2" in d, None in d, 2.5 in d)
try:
    d[{1}] = 0
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
d2 = {Key(1): "one"}
print(d2[Key(1)], Key(2) in d2)
