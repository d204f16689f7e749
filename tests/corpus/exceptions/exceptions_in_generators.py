def gen():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def safe():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator cleanup")
for x in safe():
    print(x)
    break
print("after break")
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def catching():
    while True:
        try:
            v = yield
        except KeyError as e:
            print("gen handled", repr(e))
c = catching()
next(c)
c.throw(KeyError("k1"))
c.throw(KeyError("k2"))
c.close()
