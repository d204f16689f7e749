try:
    int("bad")
except ValueError as e:
    raise RuntimeError("could not parse config") from e
