"""A finally body that defines a function, lambda, class or comprehension,
left by return, break and continue (code generation compiles the body again
at each exit): it used to panic the compiler."""
def f():
    try:
        return 1
    finally:
        g = lambda: 2
        print(g(), [i * 2 for i in range(3)], {k: k for k in "ab"}, list(x for x in (1, 2)))
print(f())
def h():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            if i == 5:
                return -1
        finally:
            k = lambda x=i: x * 10
            def inner(y=i):
                return y + 100
            class C:
                v = i
            print(k(), inner(), C.v, [i + j for j in range(2)])
    return 9
print(h())
def w():
    while True:
        try:
            return "out"
        finally:
            try:
                pass
            finally:
                z = lambda: "nested"
                print(z())
print(w())
