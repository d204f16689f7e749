"""Module docstring of module_attributes."""
import _helper_mod
print(__name__, __doc__)
print(_helper_mod.__file__.endswith("_helper_mod.py"))
names = sorted(n for n in dir(_helper_mod) if not n.startswith("__"))
print(names)
print("CONST" in vars(_helper_mod), _helper_mod.__dict__["CONST"])
print(getattr(_helper_mod, "missing", "default"), hasattr(_helper_mod, "greet"))
_helper_mod.CONST = 100
print(_helper_mod.CONST)
_helper_mod.added = "new attribute"
print(_helper_mod.added)
try:
    _helper_mod.nope
except AttributeError as e:
    print("AttributeError", e)
print(type(__builtins__).__name__ in ("module", "dict"))
