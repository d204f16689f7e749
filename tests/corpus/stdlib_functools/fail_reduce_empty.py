import functools
print(functools.reduce(lambda a, b: a + b, [1, 2]))
print(functools.reduce(lambda a, b: a + b, []))
