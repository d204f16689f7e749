x = "global"
def f():
    x = "enclosing"
    def g():
        nonlocal x
        x = "modified"
    g()
    return x
print(f(), x)

def h():
    y = 1
    def k():
        y = 2   # local to k, not the enclosing one
        return y
    return k(), y
print(h())

def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return inner()
print(unbound())
