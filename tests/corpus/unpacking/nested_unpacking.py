(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
[(p, q), [r, *s]] = [("P", "Q"), "RST"]
print(p, q, r, s)
data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(name, age, city)
(first, *_), *rows = [[1, 2, 3], [4], [5]]
print(first, rows)
points = {"a": (1, 2), "b": (3, 4)}
for key, (px, py) in sorted(points.items()):
    print(key, px + py)
