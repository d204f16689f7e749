x = "outer"
result = [x for x in range(3)]
print(result, x)   # loop variable does not leak
y = 10
print([y + i for i in range(3)])
def f():
    local = 5
    return [local * i for i in range(3)]
print(f())
try:
    print([i for i in range(2)], i)
except NameError as e:
    print("NameError", e)
# first iterable evaluated in enclosing scope
def g():
    items = [1, 2]
    return [[items for _ in range(1)] for items in [items, items[:1]]]
print(g())
n = 3
print([[n * k for k in range(n)] for n in range(1, n + 1)])
print([lambda: i for i in range(3)][0]())
