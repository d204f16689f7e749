a = 1
b = 2
del a
print("a" in dir(), "b" in dir())
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
class O: pass
o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
p, q = 1, 2
del p, q
print("p" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
