def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return f"inner done ({n})"
def outer():
    result = yield from inner(3)
    print("outer received result:", result)
    r2 = yield from inner(1)
    return [result, r2]
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], []], 5])))
def from_iterables():
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    r = yield from []
    yield r
print(list(from_iterables()))
