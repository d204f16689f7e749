assert True
assert 1 + 1 == 2, "math works"
x = [1]
assert x
try:
    assert 1 > 2, "one is not bigger"
except AssertionError as e:
    print("caught", type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)
