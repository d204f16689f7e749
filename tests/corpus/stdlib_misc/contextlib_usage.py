import contextlib
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    {}["k"]
print("after swallow")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("after suppress")
with contextlib.suppress(KeyError):
    print("no error")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError as e:
    print(type(e).__name__, e)
