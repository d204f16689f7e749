def deco(*dargs):
    def wrap(f):
        def inner(*a, **k):
            return (dargs, f(*a, **k))
        return inner
    return wrap
@deco(1)
@deco(2)
def h(x): return x
print(h(3))
@(lambda f: f)
@[deco][0](0)
def k(): pass
print(k())
compose = lambda *fs: lambda x: x if not fs else fs[0](compose(*fs[1:])(x))
print(compose(abs, lambda v: v - 10, int)('3'))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda fact: lambda n: 1 if n < 2 else n * fact(n - 1))(20))
