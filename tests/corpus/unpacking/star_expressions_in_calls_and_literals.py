def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
b = (3,)
print(f(*a, *b, 0))
print(f(*a, x=1, **{"y": 2}, z=3))
print([*a, *b, *"cd"])
print((*a,), {*a, *b}, {**{"p": 1}, **{"q": 2}, "p": 3})
print(*[1, 2, 3], sep=", ")
nums = range(3)
print(max(*nums, 10), [*nums][::-1])
print(*"")
print([*{"k": 1, "j": 2}])
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
