a, *b, c = range(2, 10)
*d, = 'xyz'
(e, f), [g, *h] = (1, 2), 'abc'
print(a, b, c, d, e, f, g, h)
for bad in ['a, b = 1', 'a, b = [1, 2, 3]', 'a, *b, c = [1]']:
    try:
        exec(bad)
    except (TypeError, ValueError) as err:
        print(err)
def f(*args, **kw): return len(args), sorted(kw)
print(f(*range(300), **{str(i): i for i in range(50)}))
for bad in [lambda: f(**{1: 2}), lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(*5), lambda: f(**[1])]:
    try:
        bad()
    except TypeError as err:
        print(err)
def g(a, b=2, /, c=3, *, d, **e): return a, b, c, d, e
print(g(1, d=4, b=5, a=6))
try:
    g(1, 2, 3, 4)
except TypeError as err:
    print(err)
print([*range(3), *'ab', *{1: 2}], {**{'a': 1}, 'b': 2}, {*()})
