# argument evaluation order is left to right, including keywords
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)})
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
x = v(2) + v(3) * v(4) ** v(1)
print(x)
print(log)
log.clear()
lst = [0, 0]
lst[v(0)] = v("rhs")
print(log)
log.clear()
v(f)(v("arg"))
print(log[1:])
