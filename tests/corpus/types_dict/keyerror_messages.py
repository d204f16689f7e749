d = {"a": 1}
for key in ["missing", 42, (1, 2), None, "", 1.5]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del:", e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
class Miss(dict):
    def __missing__(self, k):
        return k * 2
m = Miss(a=1)
print(m["a"], m["bc"], "bc" in m, m.get("bc"))
