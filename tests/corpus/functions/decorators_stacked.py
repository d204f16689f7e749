order = []
def deco(name):
    order.append("make " + name)
    def d(fn):
        order.append("apply " + name)
        def w(*a):
            return name + "(" + fn(*a) + ")"
        return w
    return d

@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    return x
print(base("v"))
print(order)

def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "t"
print(text())
