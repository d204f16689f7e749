def f(**kwargs):
    return kwargs
print(f())
print(f(a=1, b=2))
opts = {"x": 1, "y": 2}
print(f(**opts, z=3))
print(f(**{"a": 1}, **{"b": 2}))
def g(a, b=0, **rest):
    return a, b, rest
print(g(1, c=3), g(a=1, b=2, d=4), g(**{"a": 5, "zz": 6}))
def h(*args, **kwargs):
    return args, sorted(kwargs.items())
print(h(1, 2, k=3, j=4))
print(h(*[1], **{"a": 1}))
# kwargs preserves insertion order
print(list(f(z=1, a=2, m=3)))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
