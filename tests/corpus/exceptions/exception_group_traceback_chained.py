def f():
    raise ValueError("v")

def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e

errors = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("two problems", errors)
eg.add_note("note on group")
raise eg
