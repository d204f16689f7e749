try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError("a")
    finally:
        raise RuntimeError("b from finally")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
def chain3():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise IndexError(3)
try:
    chain3()
except IndexError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
try:
    raise ValueError("fresh")
except ValueError as e:
    print(e.__context__)
