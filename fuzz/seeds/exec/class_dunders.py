class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return V(self.v + (o if isinstance(o, int) else o.v))
    def __iadd__(self, o): self.v += 1; return self
    def __bool__(self): return 'yes'
    def __len__(self): return 2**64
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
    def __contains__(self, x): return 1
    def __call__(self, *a): return a
    def __del__(self): raise ValueError('del')
    def __format__(self, spec): return 'F' + spec
    def __repr__(self): return 5
    def __eq__(self, o): return self is o
    __hash__ = None
v = V(1)
for bad in [lambda: v + v, lambda: bool(v), lambda: len(v), lambda: repr(v), lambda: hash(v), lambda: {v}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
print((1 + v).v, list(v), 5 in v, v(1, 2), f'{v:abc}', v == v, v != v)
v += 1
del v
class P:
    @property
    def p(self): return self.q
    @p.setter
    def p(self, x): raise AttributeError('set')
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
try:
    P().p
except AttributeError as e:
    print(e)
print(P.s(), P.c(), P().c())
class Base:
    def m(self): return 'base'
class Derived(Base):
    def m(self): return super().m() + '!' + super(Derived, self).m()
print(Derived().m())
