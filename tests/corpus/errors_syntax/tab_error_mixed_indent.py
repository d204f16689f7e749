# syntax error test: tab error mixed indent
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
if True:
        x = 1
	y = 2
