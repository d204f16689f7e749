print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("hi"))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 0}, k2=3))
print(dict([("a", 1)], a=2))
print(dict(zip("abc", range(3))))
print(sorted(set("hello")), set(), set([3, 1, 2]))
print(frozenset(), frozenset([1, 1, 2]))
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
