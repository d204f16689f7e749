log = []
class Rec:
    def __setattr__(self, k, v):
        log.append(f"set {k}={v}")
        object.__setattr__(self, k, v)
r = Rec()
r.a, r.b = 1, 2
print(log)
log.clear()
def val(x):
    log.append(f"eval {x}")
    return x
r.a, (r.b, r.c) = val(1), (val(2), val(3))
print(log)
x = [0, 1, 2]
i = 0
i, x[i] = 2, "assigned"
print(i, x)
a = [1, 2, 3]
a[0], a[a[0]] = 2, "x"
print(a)
