print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == 0, None == False, None == "")
print([None] * 2, {None: None}, (None,), None in [None], [None].count(None))
def f():
    pass
print(f(), f() is None)
x = None
print(x or "default", x and "never", x if x is not None else "fallback")
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)() is None, hash(None) == hash(None))
