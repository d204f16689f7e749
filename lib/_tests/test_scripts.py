"""Realistic mixed scripts, compared against CPython."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['wordfreq'] = r'''
from collections import Counter, defaultdict, OrderedDict
text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief"""
words = text.lower().split()
c = Counter(words)
for w, n in c.most_common(5):
    print(f"{w:>10} {n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(c['the'], c['missing'], sum(c.values()), len(c))
od = OrderedDict(sorted(c.items()))
od.move_to_end('age'); print(list(od)[-3:])
'''
progs['bfs'] = r'''
from collections import deque
grid = ["S.#.....", "..#.##.#", "....#...", "##.#..#E"]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
dist = {start: 0}; q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'E')
print('distance', dist.get(end), len(dist))
window = deque(maxlen=3)
for x in range(10):
    window.append(x)
    print(sum(window) / len(window), end=' ')
print()
'''
progs['memo'] = r'''
from functools import lru_cache, reduce, partial, wraps
import operator
@lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0: return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())
def timed(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k)
        print('called', fn.__name__, a, '->', r)
        return r
    return inner
@timed
def add(a, b): return a + b
add(2, 3); print(add.__name__, add.__wrapped__(1, 1))
print(reduce(operator.mul, range(1, 11)), reduce(lambda acc, s: acc + len(s), ['ab', 'cde'], 0))
int2 = partial(int, base=2); print(int2('1011'), int2.keywords)
'''
progs['inventory'] = r'''
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import List, Optional

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    category: Category = field(default=Category.TOOL, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    owner: Optional[str] = None
    def total(self) -> float:
        return sum(i.price for i in self.items)
inv = Inventory(owner='ann')
inv.items += [Item(3.5, 'hammer'), Item(1.25, 'apple', Category.FOOD, ['fruit']), Item(2.0, 'saw')]
print(inv)
print(sorted(inv.items)[0], max(inv.items).name, inv.total())
print(asdict(inv)['items'][1])
print([i.name for i in inv.items if i.category is Category.FOOD], Category.FOOD, Category['TOOL'].value)
'''
progs['statemachine'] = r'''
from enum import Enum, IntEnum, Flag, auto
class State(Enum):
    IDLE = 'idle'
    RUNNING = 'running'
    DONE = 'done'
    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]
s = State.IDLE
for _ in range(4):
    print(s, s.value, repr(s)); s = s.next()
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Priority.HIGH, Priority.LOW, 2]), Priority.HIGH > Priority.LOW, Priority(3).name)
class Perm(Flag):
    READ = auto(); WRITE = auto(); EXEC = auto()
p = Perm.READ | Perm.EXEC
print(p, Perm.WRITE in p, [x.name for x in p], p.value, repr(Perm(0)))
'''
progs['iters'] = r'''
import itertools as it
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for k, grp in it.groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in grp])
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.islice(it.count(10, 5), 4)))
print(list(it.product('ab', range(2))), len(list(it.combinations(range(6), 3))), list(it.permutations('abc', 2))[:4])
print(list(it.chain.from_iterable([[1, 2], [3]])), list(it.zip_longest('ab', 'xyz', fillvalue='?')), list(it.pairwise([1, 2, 3])))
print(list(it.takewhile(lambda x: x < 3, it.count())), list(it.starmap(max, [(1, 5), (7, 2)])), list(it.compress('abcd', [1, 0, 0, 1])))
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b), list(it.repeat('z', 3)), next(it.cycle('q')))
'''
progs['sim'] = r'''
import random, statistics, heapq, bisect
random.seed(2023)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls), round(statistics.stdev(rolls), 6))
deck = [r + s for s in 'SHDC' for r in '23456789TJQKA']
random.shuffle(deck); print(deck[:5], random.sample(deck, 3), random.choice(deck))
tasks = []
for name in ['write', 'test', 'ship', 'plan']:
    heapq.heappush(tasks, (random.random(), name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(round(random.uniform(1, 2), 10), random.choices(['x', 'y'], weights=[9, 1], k=8), round(random.gauss(0, 1), 12))
'''
progs['misc'] = r'''
import copy, string, textwrap, types, contextlib, typing, abc
from string import Template
t = Template('Hello $name, you owe $$${amount}')
print(t.substitute(name='Ann', amount=12.5), string.capwords('the quick brown fox'))
print(textwrap.fill('lorem ipsum dolor sit amet ' * 4, 30))
ns = types.SimpleNamespace(x=1, y=[2]); ns2 = copy.deepcopy(ns); ns2.y.append(3); print(ns, ns2)
@contextlib.contextmanager
def tag(n):
    print(f'<{n}>'); yield; print(f'</{n}>')
with tag('a'), tag('b'):
    print('text')
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print(e)
def f(x: typing.List[int], y: typing.Optional[str] = None) -> typing.Dict[str, int]:
    return {}
print(typing.get_type_hints(f), f.__annotations__['x'])
'''

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
