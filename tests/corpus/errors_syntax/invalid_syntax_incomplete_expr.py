# syntax error test: invalid syntax incomplete expr
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
print("this line must not run: the whole file fails to compile")
x = 1 +
