# syntax error test: starred target alone
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
*a = [1, 2]
