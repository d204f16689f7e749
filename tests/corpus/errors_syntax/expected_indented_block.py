# syntax error test: expected indented block
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
if True:
print("not indented")
