import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, b=2))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def sub(a, b):
    "Subtract."
    return a - b
print(sub.__name__, sub.__doc__, sub(5, 3))
print(hasattr(add, "__wrapped__"), hasattr(sub, "__wrapped__"))
