d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k].upper()
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
