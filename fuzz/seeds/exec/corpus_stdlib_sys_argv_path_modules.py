import sys
print(sys.argv[0].rsplit("/", 1)[-1], type(sys.argv).__name__, len(sys.argv))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print("surely_not_a_module_xyz" in sys.modules)
print(sys.modules[__name__].__name__)
