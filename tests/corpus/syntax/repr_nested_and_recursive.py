lst = [1, "two", 3.0, None, True, (4,), {"k": "v"}, [b"x"]]
print(lst)
print(repr(lst))
print(str("a"), repr("a"), [str("a")])
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr([1.0, -0.0, 1e100, float("inf")]))
print({"quote'": 'dq"'})
print([("a", 1), ("b", 2)])
