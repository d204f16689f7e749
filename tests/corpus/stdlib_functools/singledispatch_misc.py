import functools
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int " + str(x)
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(5), describe([1, 2]), describe("s"), describe(True))
part = functools.partial(sorted, reverse=True)
print(part([3, 1, 2]))
print(functools.reduce(lambda a, b: a + b, map(str, range(5))))
