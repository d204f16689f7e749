s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.update([4, 5], (6,), range(7, 9))
print(s)
s.discard(100)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
s2 = s.copy()
s2.clear()
print(s2, s)
x = {5, 6, 7}
x.intersection_update({6, 7, 8})
print(x)
x.difference_update({7})
print(x)
x.symmetric_difference_update({6, 9})
print(x)
x |= {1}
x &= {1, 9}
x -= {9}
x ^= {2}
print(x)
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
