class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
for v in [1, [1, 2, 3], {'a': 1, 'b': 2}, P(1, 2), (1, (2, 3)), 'str', None, 3.0, [1, [2, [3]]], {}]:
    match v:
        case 1 | 2 | 3.0:
            print('num')
        case [1, *rest] if rest:
            print('rest', rest)
        case {'a': 1, **kw}:
            print('kw', kw)
        case P(1, y=2) as p:
            print('P', p.x)
        case (a, (b, c)):
            print(a, b, c)
        case str() | bytes():
            print('s')
        case [x, [y, [z]]]:
            print(x, y, z)
        case None:
            print('none')
        case _:
            print('other', v)
class Q:
    __match_args__ = 5
try:
    match Q():
        case Q(1): pass
except TypeError as e:
    print(e)
class R:
    __match_args__ = ('a', 'a')
    a = 1
try:
    match R():
        case R(x, y): pass
except TypeError as e:
    print(e)
