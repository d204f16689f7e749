f = lambda a, /, b=1, *c, d, e=2, **f: (yield)
g = lambda *: 1
h = lambda a=1, b: 2
