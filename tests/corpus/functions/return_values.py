def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(10):
        if i == n:
            return "found", i
    return "missing"
print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
print(early(3), early(20))
def nested_returns(x):
    if x > 0:
        if x > 10:
            return "big"
        return "small"
    elif x == 0:
        return "zero"
print(nested_returns(11), nested_returns(1), nested_returns(0), nested_returns(-1))
def returns_function():
    def inner():
        return "inner called"
    return inner
print(returns_function()())
