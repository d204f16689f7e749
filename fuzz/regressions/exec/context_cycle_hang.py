# Fuzz finding (exec, by review): a `__context__` cycle set by the program made
# the context-chaining walk loop forever; it now stops at the cycle (Floyd's
# algorithm, as CPython does).
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
