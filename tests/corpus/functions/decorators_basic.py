def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def hello(name):
    return "hello " + name
print(hello("world"))
print(hello.__name__)

calls = []
def trace(fn):
    def wrapper(*args):
        calls.append((fn.__name__, args))
        return fn(*args)
    return wrapper

@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4))
print(calls)
# decorator applied at definition time
def register(fn):
    print("registering", fn.__name__)
    return fn
@register
def f():
    return 1
print("after def", f())
