l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
    print(x, end=" ")
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
it = iter([1, 2, 3])
lst = list(it)
print(lst, list(it))
l = [0, 1, 2]
for i, v in enumerate(l):
    l[i] = v * v
print(l)
