def f(a, b=2):
    c = a + b
    return sorted(locals().keys()), locals()["c"]

print(f(1))

def g():
    return locals()

print(g())
x_global = 5
print("x_global" in globals(), "f" in globals(), "nope" in globals())
print(globals()["x_global"], globals()["__name__"])
globals()["injected"] = 99
print(injected)

def h(*args, **kw):
    return sorted(locals())
print(h(1, k=2))
