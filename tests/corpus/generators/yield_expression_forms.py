def g():
    x = yield
    print("x =", x)
    y = yield x
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
    w = yield 1, 2
    print("w =", w)
gen = g()
print(next(gen))
print(gen.send("X"))
print(gen.send("Y"))
print(gen.send(None))
try:
    gen.send("W")
except StopIteration:
    print("done")
def lam_gen():
    f = lambda: (yield 5)
    return list(f())
print(lam_gen())
