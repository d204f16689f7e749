try:
    import _definitely_missing_module_krait
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper_mod import not_there
except ImportError as e:
    print(type(e).__name__, e.name, "not_there" in str(e))
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _pkg._nope
except ModuleNotFoundError as e:
    print(e)
