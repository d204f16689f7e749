# syntax error test: lambda with statement
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
f = lambda x: return x
