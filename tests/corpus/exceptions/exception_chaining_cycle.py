# re-raising an exception that is already in the context chain must not loop
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError:
    pass
print(repr(b.__context__))
try:
    try:
        raise b
    except TypeError:
        raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
