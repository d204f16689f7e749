# syntax error test: unexpected indent
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
x = 1
    y = 2
