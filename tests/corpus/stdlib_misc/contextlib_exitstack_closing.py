import contextlib
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with contextlib.nullcontext(42) as v:
    print(v)
with contextlib.ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    print("stack body")
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2")
    print("body")
