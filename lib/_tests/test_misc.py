import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['copy'] = r'''
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return 'P(%r, %r)' % (self.x, self.l)
p = P(1); q = copy.copy(p); r = copy.deepcopy(p); p.l.append(2)
print(p, q, r, q.l is p.l, r.l is p.l)
class S:
    __slots__ = ('a', 'b', '__c')
    def __init__(self): self.a = 1; self.b = [2]; self.__c = 3
    def get(self): return self.__c
s = S(); t = copy.deepcopy(s); print(t.a, t.b, t.b is s.b, t.get(), copy.copy(s).b is s.b)
class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): return WithCopy('copied-' + self.v)
    def __deepcopy__(self, memo): return WithCopy('deep-' + self.v)
print(copy.copy(WithCopy('a')).v, copy.deepcopy(WithCopy('b')).v, copy.deepcopy([WithCopy('c')])[0].v)
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[1] is cyc)
x = {'a': 1}; y = [x, x]; z = copy.deepcopy(y); print(z[0] is z[1])
t1 = (1, 2, (3, 4)); print(copy.deepcopy(t1) is t1, copy.copy(t1) is t1)
t2 = (1, [2]); t3 = copy.deepcopy(t2); print(t3, t3 is t2, t3[1] is t2[1])
dq = deque([1, [2]], maxlen=5); dq2 = copy.deepcopy(dq); print(dq2, dq2[1] is dq[1], copy.copy(dq))
od = OrderedDict(a=[1]); od2 = copy.deepcopy(od); print(od2, od2['a'] is od['a'])
dd = defaultdict(list, {'x': [1]}); dd2 = copy.deepcopy(dd); print(dd2, dd2['x'] is dd['x'], copy.copy(dd))
cn = Counter('aab'); print(copy.deepcopy(cn), copy.copy(cn))
Pt = namedtuple('Pt', 'x y'); pt = Pt([1], 2); pt2 = copy.deepcopy(pt); print(pt2, pt2.x is pt.x, copy.copy(pt))
class L(list):
    pass
l = L([1, [2]]); l.attr = 'hi'; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.attr, l2[1] is l[1])
class Dd(dict): pass
dd3 = Dd(a=[1]); dd3.z = 1; dd4 = copy.copy(dd3); print(type(dd4).__name__, dd4, dd4.z)
st = {1, 2, frozenset([3])}; print(copy.deepcopy(st) == st, copy.copy(st) == st)
class Reduce:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Reduce, (self.v * 2,))
print(copy.copy(Reduce(2)).v, copy.deepcopy(Reduce(3)).v)
class GS:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.copy(GS()); print(g.__dict__)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.copy(None), copy.deepcopy(3.5))
class TS(tuple): pass
ts = TS([1, [2]]); ts2 = copy.deepcopy(ts); print(type(ts2).__name__, ts2, ts2[1] is ts[1])
class IS(int): pass
print(type(copy.copy(IS(5))).__name__, copy.deepcopy(IS(7)))
m = {'a': P(2)}; m2 = copy.deepcopy(m); print(m2, m2['a'] is m['a'])
ba = bytearray(b'xy'); print(copy.copy(ba), copy.deepcopy(ba) is ba)
print(copy.deepcopy(object()).__class__.__name__)
'''
progs['copy_err'] = "import copy\ncopy.deepcopy((x for x in []))"
progs['contextlib'] = r'''
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator, AbstractContextManager
import io
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('h1') as t:
    print('inside', t)
try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after')
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
class Thing:
    def close(self): print('closed')
with closing(Thing()) as th:
    print('using', type(th).__name__)
with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)
class W:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
    def flush(self): pass
w = W()
with redirect_stdout(w):
    print('hidden', 1)
print('captured', w.data)
with ExitStack() as stack:
    for n in ['a', 'b']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback!', 1)
    print('body')
@tag('deco')
def f():
    print('in f')
f()
class mycm(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit', exc[0]); return False
@mycm()
def g(x): print('g', x); return x * 2
print(g(3))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e:
    print('RuntimeError', e)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(type(open) if False else io.StringIO, AbstractContextManager))
with ExitStack() as st:
    st.push(lambda *a: print('pushed exit', a[0]) or True)
    raise IndexError('x')
print('exitstack suppressed')
'''
progs['abc'] = r'''
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return '%s with area %s' % (self.name, self.area())
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return 'square'
print(Sq(3).describe(), Sq.__abstractmethods__, isinstance(Sq(1), Shape))
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Only(ABC):
    @abstractmethod
    def go(self): pass
try:
    Only()
except TypeError as e:
    print(e)
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), isinstance('s', Reg), issubclass(int, Reg))
@Reg.register
class Other: pass
print(issubclass(Other, Reg), isinstance(Other(), Reg))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
class Cm(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(Cm.__abstractmethods__))
class E(ABC): pass
print(E(), type(E).__name__) if False else print(type(E()).__name__, type(E).__name__)
'''
progs['types_kw'] = r'''
import types, keyword, sys
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
print(types.SimpleNamespace(), repr(types.SimpleNamespace(z=types.SimpleNamespace(y=2))))
mp = types.MappingProxyType({'a': 1}); print(mp['a'], len(mp), list(mp), 'a' in mp, mp.get('b', 0), dict(mp.items()))
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), isinstance([].append, types.BuiltinMethodType))
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), types.NoneType, types.FunctionType.__name__)
print(keyword.iskeyword('if'), keyword.iskeyword('foo'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
M = types.new_class('M', (object,), {}, lambda ns: ns.update({'x': 1})); print(M.x, M.__name__)
bm = types.MethodType(lambda self: 42, K()); print(bm())
'''
progs['mp_err'] = "import types\ntypes.MappingProxyType({})['a'] = 1"
progs['ns_err'] = "import types\ntypes.SimpleNamespace(1)"

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
