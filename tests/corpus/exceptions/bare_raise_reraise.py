def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise   # re-raises KeyError, not TypeError
try:
    reraise_after_nested()
except Exception as e:
    print(type(e).__name__, e)
def raise_e():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    raise_e()
except ZeroDivisionError as e:
    print("raised saved exception:", e)
