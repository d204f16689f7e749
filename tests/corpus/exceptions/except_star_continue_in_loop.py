# a loop inside an except* clause may use break and continue freely
for i in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(i), KeyError(i)])
    except* ValueError as eg:
        for j in range(4):
            if j % 2:
                continue
            if j > 2:
                break
            print("clause", i, j)
    except* KeyError:
        print("key", i)

def f():
    try:
        raise ExceptionGroup("eg", [TypeError("t")])
    except* TypeError:
        def g():
            return "inner function may return"
        print(g())
    return "after"
print(f())

# try/except* in a loop body: break in the try part is allowed
for i in range(5):
    try:
        if i == 2:
            break
    except* ValueError:
        pass
print("stopped at", i)
