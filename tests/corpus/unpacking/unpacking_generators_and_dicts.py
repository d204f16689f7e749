def gen():
    yield "a"
    yield "b"
x, y = gen()
print(x, y)
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
(k, v), = {"only": 0}.items()
print(k, v)
a, b, c = range(3)
print(a, b, c)
s1, s2 = {7}, {8}
print(s1, s2)
first, second = map(str.upper, ["x", "y"])
print(first, second)
q, w = divmod(17, 5)
print(q, w)
