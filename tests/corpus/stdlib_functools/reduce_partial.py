import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.add, [], 0), functools.reduce(operator.add, ["x"]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square(3, exp=3))
int2 = functools.partial(int, base=2)
print(int2("1010"), int2.func is int, int2.args, int2.keywords)
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
pp = functools.partial(functools.partial(max, 1), 5)
print(pp(3), pp.args)
