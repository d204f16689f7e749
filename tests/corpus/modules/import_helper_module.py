import _helper_mod
print(_helper_mod.CONST, _helper_mod.greet("krait"))
print(_helper_mod.__name__, _helper_mod.__doc__)
print(type(_helper_mod).__name__)
print(_helper_mod.Thing())
import _helper_mod as hm
print(hm is _helper_mod, hm.bump(), hm.bump(), _helper_mod.counter)
