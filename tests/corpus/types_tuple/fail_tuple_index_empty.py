t = tuple()
print(len(t))
print(t[0])
