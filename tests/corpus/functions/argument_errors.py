def two(a, b):
    return a + b
def check(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
check(two, 1)
check(two, 1, 2, 3)
check(two, 1, 2, b=3)
check(two, 1, c=3)
check(two)
def kwo(*, x):
    return x
check(kwo, 1)
def defaults(a, b=1):
    return a
check(defaults, 1, 2, 3)
check(defaults, b=2)
check(lambda: 0, 1)
class C:
    def m(self, x):
        return x
check(C().m)
check(C().m, 1, 2)
