def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('rec', e)
def g(n):
    if n > 10:
        raise ValueError(n)
    try:
        return g(n + 1)
    finally:
        g(n + 2)
try:
    g(0)
except ValueError as e:
    print(e, e.__context__)
a, b = ValueError('a'), KeyError('b')
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise TypeError('t')
except TypeError as t:
    print(t.__context__ is a)
