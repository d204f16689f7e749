# syntax error test: non default after default
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
def f(a=1, b):
    return a + b
