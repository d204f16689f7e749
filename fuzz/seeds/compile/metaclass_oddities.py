class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        return 'not an instance'
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'pre': 1}
class A(metaclass=Meta, flag=True):
    pass
print(A(), A.added, A.pre)
class Weird(type):
    def mro(cls):
        return (cls, object)
class B(metaclass=Weird): pass
print(B.__mro__)
try:
    class C(int, str): pass
except TypeError as e:
    print(e)
try:
    class D(D if False else object, object): pass
except TypeError as e:
    print(e)
X = type('X', (), {'__slots__': ('a',), 'b': 2})
x = X(); x.a = 1
try:
    x.c = 3
except AttributeError as e:
    print(e)
class S:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class T(S, k=1): pass
print(T.kw)
class Bad:
    def __eq__(self, o): raise RuntimeError('eq')
    def __hash__(self): return 1 << 100
d = {Bad(): 1}
try:
    d[Bad()]
except RuntimeError as e:
    print(e)
class L:
    def __len__(self): return -1
try:
    len(L())
except ValueError as e:
    print(e)
class I:
    def __index__(self): return 'no'
try:
    [1, 2][I()]
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return self
try:
    iter(It())
except TypeError as e:
    print(e)
class G:
    def __getattr__(self, n): return getattr(self, n + 'x')
try:
    G().a
except RecursionError:
    print('getattr recursion')
o = object()
try:
    o.__class__ = int
except TypeError as e:
    print(e)
class M(type): pass
class N(metaclass=M): pass
N.__bases__ = (object,)
print(type(N).__name__, N.__class_getitem__ if hasattr(N, '__class_getitem__') else None)
