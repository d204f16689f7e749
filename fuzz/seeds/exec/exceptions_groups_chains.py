def chain(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        chain(n - 1)
    except ValueError as e:
        raise KeyError(n) from e
try:
    chain(50)
except KeyError as e:
    depth = 0
    while e is not None:
        depth += 1
        e = e.__cause__
    print(depth)
class MyErr(Exception):
    def __init__(self, *a):
        pass
    def __str__(self):
        raise RuntimeError('str failed')
try:
    raise MyErr(1, 2)
except MyErr as e:
    print(repr(e.args))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise TypeError
except (ValueError, (TypeError, KeyError)):
    print('tuple match')
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
e = ValueError('x')
e.__traceback__ = None
e.__context__ = e
try:
    raise e
except ValueError:
    print('self context')
try:
    raise BaseException('base')
except Exception:
    print('no')
except BaseException as b:
    print('base', b.with_traceback(None))
