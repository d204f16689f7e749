def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("worker recovered from", e)
            n = 100
g = worker()
print(next(g), next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "closed after unhandled throw"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted generator:", e)
print(list(f))
