# syntax error test: delete literal
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
del 5
