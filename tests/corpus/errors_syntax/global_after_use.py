# syntax error test: global after use
# the file must fail to compile, so nothing below may execute
print("must not be printed")
def helper(value):
    return value * 2
x = 0
def f():
    print(x)
    global x
