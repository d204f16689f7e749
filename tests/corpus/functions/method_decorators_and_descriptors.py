import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *a):
        print(f"calling {type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return wrapper
class Calc:
    def __init__(self, base):
        self.base = base
    @logged
    def add(self, x):
        return self.base + x
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def heavy(n):
        print("computing", n)
        return n * n
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return self.base * 100
c = Calc(10)
print(c.add(5))
print(Calc.heavy(4), Calc.heavy(4))
print(c.expensive, c.expensive)
