d = {i: i for i in range(10)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o):
        d2.clear()
        return False
d2 = {}
for i in range(5):
    d2[K(i)] = i
print(len(d2))
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
l = list(range(10))
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
class Cmp:
    def __lt__(self, o):
        import random
        return random.random() < 0.5
sorted([Cmp() for _ in range(50)])
l = [3, 1, 2]
for x in l:
    l.remove(x)
print(l)
