words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})   # later keys overwrite
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2})
print({i: i ** 2 for i in range(5)})
print({(x, y): x * y for x in range(2) for y in range(2)})
print({k: [i for i in range(k)] for k in range(3)})
log = []
def key(k):
    log.append(("key", k)); return k
def val(v):
    log.append(("val", v)); return v
{key(i): val(i) for i in range(2)}
print(log)
