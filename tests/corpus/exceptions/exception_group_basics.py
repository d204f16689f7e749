try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("grp", [KeyError("a"), OSError("b")])
print(eg.message, len(eg.exceptions), str(eg))
match_, rest = eg.split(KeyError)
print(repr(match_.exceptions), repr(rest.exceptions))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled value")
except ExceptionGroup as rest:
    print("remaining", [type(e).__name__ for e in rest.exceptions])
