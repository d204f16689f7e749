# syntax error test: fstring empty expression
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
print(f"value: {}")
