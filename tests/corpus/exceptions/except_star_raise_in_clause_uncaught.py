def inner():
    raise ExceptionGroup("inner", [KeyError("k"), OSError(2, "no such")])

try:
    try:
        inner()
    except* KeyError:
        raise RuntimeError("while handling")
except* OSError as e:
    print("handled", e)
