"""Native _operator under CPython's operator.py: itemgetter/attrgetter/methodcaller (calls, reprs, reduce, C error messages, not subclassable) and the operator functions."""
import operator as o
for t in (o.itemgetter, o.attrgetter, o.methodcaller):
  try:
    class X(t): pass
    print('subclassable', t)
  except TypeError as e: print(e)
print(repr(o.itemgetter(1)), repr(o.itemgetter(1,'a')), repr(o.attrgetter('a.b','c')), repr(o.methodcaller('f', 1, k=2)))
print(o.itemgetter(1).__reduce__(), o.attrgetter('a.b').__reduce__(), o.methodcaller('f',1).__reduce__())
r = o.methodcaller('f',1,k=2).__reduce__(); print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1])
for f,a in [(o.itemgetter,()),(o.attrgetter,()),(o.attrgetter,(1,)),(o.methodcaller,()),(o.methodcaller,(1,))]:
  try: f(*a)
  except Exception as e: print(type(e).__name__, e)
for thunk in [lambda: o.itemgetter(1)(1,2), lambda: o.itemgetter(1)(x=1), lambda: o.attrgetter('a')(), lambda: o.attrgetter('zz')(1),
              lambda: o.methodcaller('zz')(1), lambda: o.add(1), lambda: o.add(1, k=2), lambda: o.neg(), lambda: o.and_(1), lambda: o.mod(1),
              lambda: o.abs('x'), lambda: o.inv('x'), lambda: o.concat(1, 2), lambda: o.index(1.5), lambda: o.itemgetter(5)([1])]:
  try: print(thunk())
  except Exception as e: print(type(e).__name__, e)
print(o.itemgetter.__module__, o.itemgetter(1).__class__.__name__, o.itemgetter.__doc__[:40])
try: o.itemgetter(1).foo = 1
except Exception as e: print(type(e).__name__, e)
class P:
    def __init__(s, n): s.n = n; s.inner = s if n < 0 else None
    def f(s, a, k=0): return (s.n, a, k)
ps = [P(3), P(1), P(2)]
print([p.n for p in sorted(ps, key=o.attrgetter('n'))], o.attrgetter('n', 'inner')(ps[0]), o.methodcaller('f', 5, k=6)(ps[0]), o.methodcaller('f', 7)(ps[1]))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=o.itemgetter(1, 0)), list(map(o.itemgetter(0), ['ab', 'cd'])), o.itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(o.add(1, 2), o.sub(5, 2.5), o.mul('a', 3), o.truediv(1, 4), o.floordiv(-7, 2), o.mod(-7, 2), o.pow(2, 10), o.lshift(1, 70), o.rshift(-9, 1),
      o.and_(12, 10), o.or_({1}, {2}), o.xor(True, False), o.lt(1, 2), o.le(2, 2), o.eq([1], [1]), o.ne(1, 1.0), o.gt('b', 'a'), o.ge(1, 2),
      o.neg(3), o.pos(-2), o.invert(5), o.inv(0), o.abs(-3.5), o.not_([]), o.truth('x'), o.is_(None, None), o.is_not(1, None), o.index(True),
      o.contains([1, 2], 2), o.getitem({'a': 1}, 'a'), o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'), o.concat([1], [2]), o.length_hint(iter([1, 2, 3])))
l = [1, 2]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l, o.iadd(l, [3]), l, o.imul((1,), 2), o.ior({1}, {2}), o.call(len, 'abc'))
print(o.__lt__ is o.lt, o.__add__ is o.add, o.add.__name__, o.itemgetter(1) == o.itemgetter(1))
