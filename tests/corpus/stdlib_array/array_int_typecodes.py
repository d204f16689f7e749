from array import array
a = array("i", [1, 2, 3])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.tolist(), a[1:3], a[::-1])
print(a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a)
a.remove(2)
a.reverse()
print(a, sum(a), max(a))
a[0] = 100
print(a, list(a))
b = array("b", [-128, 0, 127])
print(b, b.itemsize)
try:
    b.append(128)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(array("i"), array("i", range(3)) == array("i", [0, 1, 2]))
