for i in range(3):
    pass
print("loop var persists:", i)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError", e)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
