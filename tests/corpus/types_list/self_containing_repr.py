l = [1, 2]
l.append(l)
print(l)
print(repr(l), len(l), l[2] is l)
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
l2 = []
l2.append([l2, l2])
print(l2)
a = [1]
b = [a]
a.append(b)
print(a, b)
