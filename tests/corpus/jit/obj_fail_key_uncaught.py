# A KeyError from a dict subscript inside a compiled loop, uncaught; the
# message is the repr of the missing key.


def lookup(d, keys):
    out = []
    for k in keys:
        out.append(d[k] * 2)
        print("got", k)
    return out


d = {"a": 1, "b": 2, ("t", 1): 3}
print(lookup(d, ["a", "b", ("t", 1)] * 2))
print(lookup(d, ["b", "a", ("t", 2), "a"]))
