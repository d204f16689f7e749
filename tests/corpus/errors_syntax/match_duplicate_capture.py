# syntax error test: match duplicate capture
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
match [1, 1]:
    case [x, x]:
        pass
