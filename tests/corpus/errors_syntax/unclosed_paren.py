# syntax error test: unclosed paren
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
print("start")
values = (1, 2,
total = 3
