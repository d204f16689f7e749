class ConfigError(Exception):
    pass
def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise ConfigError("config broken") from e
try:
    load()
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise TypeError("explicit") from ValueError("cls cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError from KeyError
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
