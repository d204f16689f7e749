# syntax error test: unterminated string
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
s = "abc
print(s)
