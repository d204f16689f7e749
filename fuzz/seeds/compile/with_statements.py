class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self): return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return self.swallow
with CM(True) as a, CM(False) as b:
    raise ValueError
try:
    with CM(False):
        raise KeyError
except KeyError:
    print('propagated')
def f():
    for i in range(3):
        with CM(True):
            if i == 1:
                break
            continue
    with CM(False):
        return 'ret'
print(f())
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit(): pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield 1
    finally:
        print('cleanup')
with cm() as x:
    print(x)
