l = list(range(100000))
d = dict.fromkeys(range(50000))
s = set(range(0, 100000, 3))
t = tuple(l)
print(len(l), len(d), len(s), sum(t), l[-1], max(s), sorted(d)[-1])
l2 = l * 50
print(len(l2))
del l2[::2]
print(len(l2), l2.count(5), l2.index(99999))
x = []
for _ in range(3000):
    x = [x]
print(str(x)[:5] if False else 'nested')
del x
