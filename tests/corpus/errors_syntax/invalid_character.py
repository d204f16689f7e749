# syntax error test: invalid character
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
x = 5 € 3
