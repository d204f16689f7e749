import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['deque'] = r'''
from collections import deque
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], d.maxlen)
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); print(d)
d.rotate(100); print(d); d.rotate(-13); print(d)
print(d.count(7), d.index(7), d.index(2, 2), 3 in d, 99 in d)
d.insert(2, 'x'); print(d); d.insert(-1, 'y'); print(d); d.insert(100, 'z'); print(d); d.insert(-100, 'w'); print(d)
d.remove('x'); print(d)
d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)))
e = d.copy(); print(e == d, e is d, e != d)
d.clear(); print(d, bool(d), len(d))
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); print(m); m.appendleft(-1); print(m)
m.extend(range(20, 25)); print(m); m.extendleft('ab'); print(m)
print(deque(maxlen=0), deque('abc', 2))
z = deque(maxlen=0); z.append(1); z.extend([1,2]); print(z)
print(deque([1,2]) + deque([3]), deque([1,2]) * 3, 2 * deque([0]))
x = deque([1,2,3], maxlen=4); x *= 3; print(x)
x += [5, 6]; print(x)
print(deque([1,2]) < deque([1,3]), deque([1]) == [1], deque() == deque())
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0: q.popleft()
print(len(q), q[0], q[-1], sum(q))
for i in range(500):
    q.appendleft(i)
    if i % 2: q.pop()
print(len(q), q[0], q[-1], sum(q), q.index(100))
r = deque(); r.append(r); print(r)
class D(deque): pass
print(D([1,2]), D([1], maxlen=5))
print(list(deque(range(50))))
dd = deque(range(40)); dd.rotate(17); print(dd); dd.rotate(-23); print(dd)
for i in range(60):
    dd.popleft(); dd.append(i)
print(dd, dd[5], dd[-5])
'''
progs['deque_err1'] = "from collections import deque\ndeque().pop()"
progs['deque_err2'] = "from collections import deque\ndeque().popleft()"
progs['deque_err3'] = "from collections import deque\ndeque([1])[5]"
progs['deque_err4'] = "from collections import deque\ndeque([1]).remove(2)"
progs['deque_err5'] = "from collections import deque\ndeque([1]).index(2)"
progs['deque_err6'] = "from collections import deque\ndeque([1], maxlen=1).insert(0, 5)"
progs['deque_err7'] = "from collections import deque\nd = deque([1,2])\nfor x in d: d.append(x)"
progs['deque_err8'] = "from collections import deque\ndeque([1])['a']"
progs['deque_err9'] = "from collections import deque\ndeque([1], maxlen=-1)"
progs['deque_err10'] = "from collections import deque\ndeque([1]) + [2]"
# known difference: hash(deque()) says 'deque' instead of 'collections.deque'
progs['deque_err12'] = "from collections import deque\ndeque([1])[1:2]"
progs['defaultdict'] = r'''
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['a'], len(d), dict(d))
print(repr(d))
c = defaultdict(int)
for w in "the quick the lazy the end".split(): c[w] += 1
print(c, sorted(c.items()))
n = defaultdict(); print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(c.get('zzz'), 'zzz' in c)
e = c.copy(); print(type(e).__name__, e == c, e)
f = defaultdict(lambda: 'dflt', a=1); print(f['b'], sorted(f.items()))
g = defaultdict(set, {1: {2}}); g[3].add(4); print(g)
print(isinstance(d, dict), defaultdict(list) == {})
h = defaultdict(list, [(1, [2])]); print(h | {5: 6}, type(h | {5: 6}).__name__)
nested = defaultdict(lambda: defaultdict(int)); nested['x']['y'] += 1; print(dict(nested['x']))
dd = defaultdict(list); dd.setdefault('k', []).append(1); print(dd)
print(defaultdict(list.__class__))
import collections
print(collections.defaultdict(dict, {'a': {}}))
'''
progs['dd_err'] = "from collections import defaultdict\ndefaultdict(5)"
progs['namedtuple'] = r'''
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2); print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, Point._field_defaults)
print(p._replace(x=10), p._asdict(), Point._make([7, 8]))
print(p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p; print(x, y)
print(Point.__name__, Point.__doc__, Point.x.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[10, 20]); print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'a, def, b, a, _c', rename=True); print(R._fields)
E = namedtuple('E', ''); print(E(), E._fields)
S = namedtuple('S', 'one'); print(S(1), S.__doc__)
print(type(p), type(p).__module__, Point.__module__)
M = namedtuple('M', 'a', module='mymod'); print(M.__module__)
class P2(Point):
    __slots__ = ()
    @property
    def hyp(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return 'P2(%s, %s)' % self
print(P2(3, 4).hyp, P2(3, 4), repr(P2(3, 4)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(*range(2)), Point(**{'x': 1, 'y': 9}))
print(p.__match_args__ if hasattr(p, '__match_args__') else None)
print(max(Point(1, 2), Point(1, 3)))
print(Point.__new__.__qualname__ if hasattr(Point.__new__, '__qualname__') else '')
print(p._asdict() == {'x': 1, 'y': 2})
print(Point._make(iter([1, 2])))
match p:
    case Point(x=1, y=yy): print('matched', yy)
'''
for i, code in enumerate([
    "Point(1)", "Point(1, 2, 3)", "Point(1, x=2)", "Point(1, z=2)", "Point()",
    "Point(1, 2).x = 5", "Point(1, 2).z = 5", "Point._make([1])", "Point(1,2)._replace(z=1)",
    "namedtuple('X', 'a a')", "namedtuple('X', '_a')", "namedtuple('X', 'def')", "namedtuple('1X', 'a')",
    "namedtuple('X', 'a', defaults=[1, 2])", "namedtuple('X', 'a b c')(1)", "namedtuple('X', 'a b c', defaults=[1])(1, 2, 3, 4)",
    "namedtuple('X', '')(1)", "namedtuple('X', 'a b c', defaults=[1])()", "namedtuple('X', [1])",
    ]):
    progs['nt_err%d' % i] = "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\n" + code
progs['counter'] = r'''
from collections import Counter
c = Counter('abracadabra'); print(c, c['a'], c['z'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(c.elements()))
c.update('aaz'); print(c); c.update({'q': 5}); print(c)
c.subtract('aaaa'); print(c); c.subtract({'q': 10}); print(c)
d = Counter(a=3, b=1); e = Counter(a=1, b=2, c=5)
print(d + e, d - e, e - d, d | e, d & e, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), repr(Counter()), c.total())
del c['zz']; del c['a']; print(c)
print(Counter(['x', 'y', 'x']) == Counter({'x': 2, 'y': 1}), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
f = Counter(a=3); f += Counter(a=-5, b=2); print(f)
f -= Counter(b=1); print(f); f |= Counter(z=4); print(f); f &= Counter(z=2, b=7); print(f)
print(Counter({'a': 1.5, 'b': 0.5}), Counter(x=0, y=-1))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
print(Counter('hello world').most_common(3))
print(dict(Counter('mississippi')))
print(Counter(cats=4, dogs=8), isinstance(Counter(), dict))
g = Counter('abc'); g['a'] += 2; print(g, g.copy(), type(g.copy()))
print(Counter({1: 'a'}) if False else '')
print(sorted(Counter('banana').items()))
'''
progs['counter_err'] = "from collections import Counter\nCounter.fromkeys('abc')"
progs['ordereddict'] = r'''
from collections import OrderedDict
o = OrderedDict(); o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end('b'); print(o); o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), repr(OrderedDict([(1, 2)])))
x = OrderedDict(a=1, b=2); y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(y) == x, x != y)
print(o.keys(), o.values(), o.items())
print(list(reversed(x)), list(reversed(x.items())), list(reversed(x.values())))
print(OrderedDict.fromkeys('abc', 0))
z = x.copy(); z['c'] = 3; print(z, x)
print(x.pop('a'), x, x.pop('q', 'dflt'), x.setdefault('w', 9), x)
print(x | {'n': 1}, type(x | {}).__name__)
r = OrderedDict(); r['self'] = r; print(r)
print(isinstance(x, dict))
print(sorted(OrderedDict(zip('cab', range(3))).items()))
'''
progs['od_err1'] = "from collections import OrderedDict\nOrderedDict().popitem()"
progs['od_err2'] = "from collections import OrderedDict\nOrderedDict().move_to_end('x')"
progs['od_err3'] = "from collections import OrderedDict\nOrderedDict().pop('x')"
progs['chainmap'] = r'''
from collections import ChainMap
a = {'x': 1, 'y': 2}; b = {'y': 20, 'z': 30}
c = ChainMap(a, b); print(c, c['x'], c['y'], c['z'], len(c), sorted(c), list(c))
c['w'] = 5; print(a, c.maps)
ch = c.new_child({'x': 100}); print(ch['x'], ch.parents, ch)
print(dict(c), 'z' in c, c.get('q', 'no'))
del c['w']; print(c)
print(ChainMap(), ChainMap({}) == {}, ChainMap({1: 2}) | {3: 4})
try:
    del c['z']
except KeyError as e:
    print('KeyError', e)
'''
progs['userdict'] = r'''
from collections import UserDict, UserList, UserString
class D(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D(a=1); d['b'] = 2; print(d, d.data, len(d), 'a' in d)
l = UserList([3, 1, 2]); l.sort(); l.append(5); print(l, l[0], l[1:], len(l), l + [9])
s = UserString('hello'); print(s, s.upper(), s + '!', len(s), s[1:3], repr(s))
'''
progs['abc_register'] = r'''
import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
P = namedtuple('P', 'a b')
for obj in [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), deque(), OrderedDict(), Counter(), P(1, 2), iter([]), (x for x in []), {}.keys(), {}.items(), {}.values(), 5, 3.5, None, len, lambda: 1, object()]:
    print(type(obj).__name__, [n for n in ('Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Hashable', 'Callable', 'Collection', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Reversible', 'KeysView', 'ItemsView', 'ValuesView', 'ByteString', 'MappingView') if isinstance(obj, getattr(cabc, n))])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('c', 3), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m))
print(type(m.keys()).__name__, isinstance(m, cabc.Mapping), isinstance(m, cabc.MutableMapping))
class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
    def __len__(self): return self.n
s = MySeq(4); print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
class MySet(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MySet([1, 2, 3]); ms |= {4}; ms -= {1}; print(list(ms), ms <= {2, 3, 4, 5}, list(ms & {2, 9}), ms == {2, 3, 4})
print(cabc.Iterable[int], cabc.Callable[[int, str], float], cabc.Callable[..., int], cabc.Mapping[str, int])
print(cabc.Sequence.__module__, cabc.Iterable.__name__, repr(cabc.Sized))
try:
    MyMap2 = type('MyMap2', (cabc.Mapping,), {})
    MyMap2()
except TypeError as e:
    print(e)
'''
progs['abc_err'] = "import collections.abc as c\nclass S(c.Sequence): pass\nS()"
progs['abc_err2'] = "import collections.abc as c\nclass S(c.Sized): pass\nS()"

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
