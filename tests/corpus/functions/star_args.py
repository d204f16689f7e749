def f(*args):
    return type(args).__name__, args
print(f())
print(f(1, 2, 3))
print(f(*[4, 5], 6, *(7,)))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100))
print(max(*[3, 9, 2]), print(*"abc", sep="-"))
args = (1, 2)
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, 3), three(3, *args))
print(three(*range(3)))
