from array import array
d = array("d", [1.5, 2.25])
d.append(3)
print(d, d.tolist(), d.itemsize, d.typecode)
print(d * 2, d + array("d", [0.1]))
d[1] = -0.5
print(d, sum(d))
print(array("d", range(3)), array("f", [0.1]).tolist())
print(array("d", [1.0, 2.0]).tobytes() == array("d", [1.0, 2.0]).tobytes())
try:
    array("d", [1]) + array("i", [1])
except TypeError as e:
    print(type(e).__name__)
try:
    array("x")
except ValueError as e:
    print(type(e).__name__, e)
