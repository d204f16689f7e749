# syntax error test: unterminated triple quoted
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
doc = """starts here
and never
ends
