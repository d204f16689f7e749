import sys

def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, show_leaf(e))

def show_leaf(x):
    if isinstance(x, BaseExceptionGroup):
        return (type(x).__name__, x.message, [show_leaf(y) for y in x.exceptions])
    return repr(x)

# a naked exception is wrapped in a group for the clause
try:
    raise ValueError("naked")
except* ValueError as eg:
    show("naked:", eg)
    print("exc_info is the group:", sys.exc_info()[1] is eg)
print("after: exc_info", sys.exc_info())

# partial handling: the rest propagates
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        show("values:", eg)
except ExceptionGroup as e:
    show("rest:", e)

# every clause runs once with what it matches
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* (ValueError, TypeError) as eg:
    show("vt:", eg)
except* KeyError as eg:
    show("k:", eg)
except* OSError:
    print("never")

# bare re-raise keeps the original structure
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraised:", e)

# re-raising a naked exception
try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("naked reraised:", e)

# raising a new exception from a clause
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    show("new+rest:", e)
    print("context:", [type(x.__context__).__name__ for x in e.exceptions])

# new exception, nothing else left
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
except ExceptionGroup as e:
    show("only new:", e)
except KeyError as e:
    print("plain KeyError", e)

# naked exception, new raise: not wrapped
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("k")
except KeyError as e:
    print("naked then new:", repr(e), type(e.__context__).__name__)

# no match at all: naked exception passes through unchanged
try:
    try:
        raise OSError("io")
    except* ValueError:
        print("never")
except OSError as e:
    print("passes:", repr(e))

# else and finally
try:
    pass
except* ValueError:
    print("never")
else:
    print("else ran")
finally:
    print("finally ran")

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("handled")
finally:
    print("finally after handled")

# name cleared after the clause
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# except* with ExceptionGroup type is a TypeError
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
except TypeError as e:
    print("TypeError:", e)

# loops inside a clause may break
for i in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(i)])
    except* ValueError:
        for j in range(5):
            if j == 1:
                break
        print("loop", i, j)

# in a function, with a generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("in gen")])
    except* ValueError as eg:
        yield repr(eg.exceptions)
    yield "done"
print(list(gen()))

# notes survive the split
e = ValueError("noted")
e.add_note("a note")
try:
    try:
        raise ExceptionGroup("eg", [e, TypeError(1)])
    except* TypeError:
        pass
except ExceptionGroup as g:
    print(g.exceptions[0].__notes__)
