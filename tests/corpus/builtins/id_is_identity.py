a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, True is True, type(a) is list)
x = object()
print(id(x) == id(x), x is not object())
def f():
    pass
print(f is f, id(f) == id(f))
s = "text"
t = s
print(s is t)
e = ()
print(e is ())
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 is not k2, k1 == k2)
