# syntax error test: else without if
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
x = 1
else:
    pass
