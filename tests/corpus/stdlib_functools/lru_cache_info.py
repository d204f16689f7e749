import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())
@functools.lru_cache
def ident(x):
    return x
ident(1); ident(1); ident(1.0)
print(ident.cache_info())
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize)
@functools.lru_cache(maxsize=8, typed=True)
def typed_fn(x):
    return type(x).__name__
print(typed_fn(1), typed_fn(1.0), typed_fn.cache_info())
try:
    fib([1])
except TypeError as e:
    print(type(e).__name__, e)
