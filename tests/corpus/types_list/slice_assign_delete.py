l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[1:1] = [100, 200]
print(l)
l[:] = l[::-1]
print(l)
l[::2] = list("XXXXXX")
print(l)
del l[::3]
print(l)
del l[1:3]
print(l)
l[-2:] = []
print(l)
l[len(l):] = [7, 8]
print(l)
m = [0, 1, 2, 3, 4, 5]
m[5:1:-2] = ["p", "q"]
print(m)
m[1:4] = "xyz"
print(m)
m[10:20] = [9]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
a[0:3] = a
print(a)
del a[:]
print(a)
