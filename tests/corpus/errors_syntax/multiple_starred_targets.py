# syntax error test: multiple starred targets
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
*a, *b = [1, 2, 3]
