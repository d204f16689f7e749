def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2))
print(f(1, flag=True, key="k"))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, sep=", "):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="|"))
def h(*, a, b):
    return a - b
print(h(b=1, a=10))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
