# syntax error test: duplicate argument
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
def f(a, b, a):
    return a
