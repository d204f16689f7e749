# syntax error test: positional after keyword
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
print(sep="-", "a")
