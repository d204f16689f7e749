def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    saved = e
e2 = ValueError("new")
print(e2.__traceback__)
e3 = e2.with_traceback(saved.__traceback__)
print(e3 is e2, e2.__traceback__ is tb)
