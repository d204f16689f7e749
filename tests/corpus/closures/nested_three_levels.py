def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            nonlocal a, b
            a += "!"
            b += "?"
            return a + b
        return level3
    return level2()
f = level1()
print(f(), f())

def outer():
    x = 1
    def middle():
        def inner():
            return x * 10
        return inner
    x = 2
    return middle()
print(outer()())

def shadow():
    v = "outer"
    def m():
        v = "middle"
        def i():
            return v
        return i()
    return m(), v
print(shadow())
