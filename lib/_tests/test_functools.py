import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['functools'] = r'''
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property, singledispatch, update_wrapper
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0), reduce(max, [3, 9, 2]))
p = partial(pow, 2); print(p(10), p, p.func, p.args, p.keywords)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
q = partial(f, 1, d=10); print(q(2), q(2, 5, d=7), q.keywords, q.args)
qq = partial(q, 2); print(qq(), qq.args, qq.keywords, qq.func is f)
print(repr(partial(int, base=2)), partial(int, base=2)('101'))
class P(partial): pass
print(repr(P(max, 1)))
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    """Say hello."""
    return 'hi ' + x
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x); return x * x
for v in [1, 2, 1, 3, 2, 1, 1]: sq(v)
print(sq.cache_info(), sq.cache_parameters())
@lru_cache
def g(x, y=1): return x + y
print(g(1), g(1), g(1, y=1), g(y=1, x=1), g.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%d)' % self.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(W(1) < W(2), W(1) >= W(2), W(2) <= W(2))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n, 'val' in c.__dict__)
del c.val; print(c.val, c.n)
@singledispatch
def show(x): return 'object'
@show.register(int)
def _(x): return 'int %d' % x
@show.register
def _(x: str): return 'str ' + x
@show.register(list)
@show.register(tuple)
def _(x): return 'seq %d' % len(x)
print(show(1), show('a'), show([1]), show((1, 2)), show(1.5), show(True), show.dispatch(bool).__name__)
print(show.registry[object].__name__, sorted(k.__name__ for k in show.registry))
class Base: pass
class Derived(Base): pass
@singledispatch
def kind(x): return 'unknown'
@kind.register
def _(x: Base): return 'base'
print(kind(Derived()), kind(Base()), kind(3))
def orig(a, b):
    'orig doc'
def wrapper2(*args): pass
update_wrapper(wrapper2, orig); print(wrapper2.__name__, wrapper2.__doc__)
pm = functools.partialmethod
class Cell:
    def set_state(self, state): self.state = state
    set_alive = pm(set_state, True)
cc = Cell(); cc.set_alive(); print(cc.state)
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
'''
progs['reduce_err'] = "from functools import reduce\nreduce(max, [])"
progs['reduce_err2'] = "from functools import reduce\nreduce(max, 5)"
progs['partial_err'] = "from functools import partial\npartial(5)"
progs['to_err'] = "from functools import total_ordering\n@total_ordering\nclass A: pass"
progs['lru_err'] = "from functools import lru_cache\n@lru_cache\ndef f(x): return x\nf([1])"
progs['sd_err'] = "from functools import singledispatch\n@singledispatch\ndef f(x): pass\nf()"

progs['operator'] = r'''
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.inv(5), op.lshift(1, 4), op.rshift(16, 2), op.matmul.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf([5, 6], 6), op.getitem([1, 2], 1), op.index(5))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.length_hint([1, 2]), op.length_hint(iter([]), 5))
print(itemgetter(1)([1, 2, 3]), itemgetter(0, 2)('abc'), itemgetter('a')({'a': 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('x')), repr(attrgetter('x', 'y.z')), repr(methodcaller('f', 1, k=2)))
class O: pass
o = O(); o.x = 1; o.y = O(); o.y.z = 'deep'
print(attrgetter('x')(o), attrgetter('y.z')(o), attrgetter('x', 'y.z')(o))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b')('aaa'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)), sorted(['bb', 'a'], key=len))
x = [1]; x = op.iadd(x, [2]); print(x, op.iconcat([1], [3]), op.imul(2, 3), op.isub(5, 1), op.ipow(2, 3), op.ior(1, 2), op.iand(3, 1), op.ixor(3, 1), op.ilshift(1, 2), op.irshift(8, 1), op.imod(7, 4), op.ifloordiv(7, 2), op.itruediv(1, 4))
print(op.call(len, 'abc'), op.__add__(1, 1), op.attrgetter, op.index(True))
print(list(map(op.mul, [1, 2], [3, 4])))
'''
for i, e in enumerate(["op.index(1.5)", "op.concat(1, 2)", "op.indexOf([1], 5)", "itemgetter(5)([1])", "attrgetter(1)", "methodcaller(1)", "op.add(1, 'a')", "attrgetter('q')(1)"]):
    progs['op_err%d' % i] = "import operator as op\nfrom operator import *\n" + e

progs['heapq_bisect'] = r'''
import heapq, bisect, random
random.seed(3)
data = [random.randrange(100) for _ in range(50)]
h = []
for x in data: heapq.heappush(h, x)
print(h[:10], [heapq.heappop(h) for _ in range(10)])
h2 = list(data); heapq.heapify(h2); print(h2)
print(heapq.heappushpop(h2, 5), heapq.heapreplace(h2, 200), h2[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v), heapq.nsmallest(1, data), heapq.nlargest(100, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['a', 'bb'], ['ccc'], key=len)), list(heapq.merge([7, 4], [5, 1], reverse=True)))
pairs = [(random.randrange(5), i) for i in range(20)]; heapq.heapify(pairs); print([heapq.heappop(pairs) for _ in range(20)])
a = [1, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 0, 0, 2))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 9); print(a)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
b = [('x', 1), ('y', 5)]; bisect.insort(b, ('z', 3), key=lambda t: t[1]); print(b)
'''
for i, e in enumerate(["heapq.heappop([])", "heapq.heappush((), 1)", "heapq.heapreplace([], 1)", "bisect.bisect([1], 1, -1)", "heapq.heapify(5)"]):
    progs['hb_err%d' % i] = "import heapq, bisect\n" + e

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
