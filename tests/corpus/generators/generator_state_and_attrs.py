def counter():
    yield 1
    yield 2
g = counter()
print(g.gi_running, g.gi_frame is not None)
print(g.__name__, g.__qualname__)
print(iter(g) is g)
print(list(g))
print(g.gi_frame)
def self_ref():
    yield gen_obj.gi_running
gen_obj = self_ref()
print(next(gen_obj))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
