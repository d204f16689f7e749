sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(list(map(lambda x: x * 2, range(4))), list(filter(lambda x: x % 2, range(7))))
print((lambda: "no args")())
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print(type(sq).__name__)
