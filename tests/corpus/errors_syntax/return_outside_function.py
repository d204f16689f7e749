# syntax error test: return outside function
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
print("not printed")
return 5
