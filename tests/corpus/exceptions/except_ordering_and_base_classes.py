def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError (base)"
    except ArithmeticError as e:
        return "ArithmeticError for " + type(e).__name__
    except Exception as e:
        return "Exception for " + type(e).__name__
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    print(classify(exc))
try:
    raise IndexError("first match wins")
except (TypeError, IndexError) as e:
    print("tuple catch", type(e).__name__, e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
except TypeError as e:
    print("outer caught", e)
