people = [("Ann", 30), ("bob", 25), ("Cid", 30), ("dee", 25), ("Eve", 35)]
p = people[:]
p.sort(key=lambda t: t[1])
print(p)
p.sort(key=lambda t: t[0].lower(), reverse=True)
print(p)
p.sort(key=lambda t: t[1], reverse=True)
print(p)
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed = [3, 1.5, True, 0, -2]
mixed.sort()
print(mixed)
data = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
data.sort()
print(data)
try:
    [3, "x", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
