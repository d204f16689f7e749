def make():
    data = {"calls": 0}
    def f():
        data["calls"] += 1
        return data["calls"]
    data = {"calls": 100}   # rebinding the cell after defining f
    return f
f = make()
print(f(), f())
def make_list():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return fs
print([f() for f in make_list()])
def rebinder():
    val = "first"
    get = lambda: val
    r1 = get()
    val = "second"
    return r1, get()
print(rebinder())
