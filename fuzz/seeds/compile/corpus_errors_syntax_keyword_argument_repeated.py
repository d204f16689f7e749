# syntax error test: keyword argument repeated
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
def f(**kw): return kw
f(a=1, a=2)
