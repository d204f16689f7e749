a = 0
def outer():
    a = 10
    def use_global():
        global a
        a += 1
        return a
    def use_nonlocal():
        nonlocal a
        a += 100
        return a
    r1 = use_global()
    r2 = use_nonlocal()
    return r1, r2, a
print(outer(), a)
def lister():
    names = []
    def inner():
        names.append("x")   # mutation needs no nonlocal
        return names
    return inner
print(lister()())
def deep():
    v = 1
    def m():
        def i():
            nonlocal v   # resolves two levels up
            v *= 7
        i()
    m()
    return v
print(deep())
