def f():
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return -1
print(g())
def h():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
        finally:
            return 'swallowed'
    finally:
        pass
print(h())
try:
    try:
        raise TypeError
    except TypeError as e:
        del e
        raise ValueError from None
except ValueError as v:
    print(v.__suppress_context__, v.__cause__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
e = Exception(*range(100))
print(len(e.args))
