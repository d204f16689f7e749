# syntax error test: unindent mismatch
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
def f():
        x = 1
    return x
