import _helper_mod
from _helper_mod import counter as snapshot
_helper_mod.bump()
_helper_mod.bump()
print(_helper_mod.counter, snapshot)
_helper_mod.counter = 50
print(_helper_mod.bump())
def local_import():
    import _helper_mod as m
    return m.bump()
print(local_import(), _helper_mod.counter)
def shadow():
    _helper_mod = "local string"
    return _helper_mod
print(shadow(), type(_helper_mod).__name__)
