# syntax error test: match alternatives bind different names
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
match (1, 2):
    case (a, 1) | (1, b):
        pass
