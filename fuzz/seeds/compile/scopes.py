def outer():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return str(e)
print(outer())
def cls_scope():
    y = 5
    class C:
        y = y + 1 if False else 2
        z = [y for _ in range(2)]
    return C.z
print(cls_scope())
x = 0
def g():
    global x
    x += 1
    globals().clear()
    try:
        return len
    except NameError:
        return None
print(g())
print([y := i for i in range(3)], y)
def lam(): return [lambda: i for i in range(3)]
print([f() for f in lam()])
del print
