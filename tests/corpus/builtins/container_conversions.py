# tuple(x), list(x), set(x) on exact builtin classes take a fast path: same results and errors
for f in (tuple, list, set):
    for x in ([1, 2], (3, 4), "ab", {5: 6}, range(3), (i for i in range(2)), set([7])):
        r = f(x)
        print(f.__name__, type(r).__name__, sorted(r) if f is set else r)
    for bad in (5, None, 1.5):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
t = (1, 2)
print(tuple(t) is t, list(t), set())
class T(tuple): pass
print(type(tuple(T((1,)))).__name__)
def g():
    yield 1
    raise ValueError("boom")
for f in (tuple, list, set):
    try:
        f(g())
    except ValueError as e:
        print(f.__name__, "ValueError", e)
