def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally in generator")
g = gen()
print(next(g))
g.close()
print(next(g, "exhausted"))
g.close()   # closing twice is fine
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def never_started():
    print("never printed")
    yield
n = never_started()
n.close()
print("closed unstarted")
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
