def nest(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [nest(n - 1)])
try:
    raise KeyError("ctx")
except KeyError:
    raise nest(12)
