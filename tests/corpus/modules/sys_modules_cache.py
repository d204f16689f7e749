import sys
print("_helper_mod" in sys.modules)
import _helper_mod
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
import _helper_mod   # second import does not re-run the module body
def f():
    import _helper_mod as again
    return again
print(f() is _helper_mod)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print("sys" in sys.modules)
this = sys.modules[__name__]
this.dynamic = "set through sys.modules"
print(dynamic)
