def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
print(g())
def h():
    x = "original"
    try:
        return x
    finally:
        x = "modified in finally"
print(h())
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("finally after except-return")
print(k())
def m():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(m())
