def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("raised in except")
    finally:
        print("finally still runs")
try:
    f()
except TypeError as e:
    print(e, "| context:", e.__context__)
def g():
    try:
        return 1
    finally:
        raise KeyError("finally raises")
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
def h():
    try:
        raise ValueError("orig")
    except ValueError as e:
        try:
            raise RuntimeError("handler failed")
        except RuntimeError as inner:
            return inner.__context__ is e
print(h())
