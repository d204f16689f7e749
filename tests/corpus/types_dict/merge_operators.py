a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a)
c = a
a |= b
print(a, c is a)
a |= [("w", 5)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**b, **{"y": 0}}, dict(b, y=9))
