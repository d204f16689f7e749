from contextlib import suppress, contextmanager
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen = t.__name__ if t else None
        return t is not None and issubclass(t, ArithmeticError)
with Swallow() as s:
    raise OverflowError
print("seen", s.seen)
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("cm caught", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("body", t)
with tag("i"):
    raise ValueError("inside")
print("done")
def f():
    with suppress(Exception):
        return "returned from with"
    return "not reached"
print(f())
