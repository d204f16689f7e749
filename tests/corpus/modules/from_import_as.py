from _helper_mod import greet as hello, CONST, Thing as T
print(hello("x"), CONST, T())
from _helper_mod import counter, bump
print(counter, bump(), bump(), counter)
import _helper_mod
print(_helper_mod.counter)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
