def make_pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = make_pair()
print(g())
s(42)
print(g())
s2, g2 = make_pair()
print(g2(), g())
print(s.__closure__[0] is g.__closure__[0])
def cells():
    x = []
    def add(v):
        x.append(v)
        return x
    return add
add = cells()
add(1); print(add(2))
