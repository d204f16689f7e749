def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(10)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())
print(inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars)
