import functools
def plain(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper

@plain
def one():
    """doc of one"""
@wrapped
def two():
    """doc of two"""
print(one.__name__, one.__doc__)
print(two.__name__, two.__doc__, two.__qualname__)
print(two.__wrapped__.__name__, two.__wrapped__ is not two)
def f(a, b): return a + b
f.custom = "attr"
g = wrapped(f)
print(g(1, 2), g.custom, g.__module__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
p = functools.partial(f, 10)
print(p(5), p.args, p.func is f)
