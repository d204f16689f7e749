import collections, itertools, functools, math, random, dataclasses, enum, heapq, bisect, string, copy
c = collections.Counter('abracadabra')
print(c.most_common(2), collections.deque(range(5), maxlen=3), collections.OrderedDict(a=1))
print(list(itertools.islice(itertools.count(10**20), 3)), list(itertools.permutations('abc', 2))[:2])
print(functools.reduce(lambda a, b: a * b, range(1, 20)), math.factorial(50) % 97, math.gcd(2**100, 6**40))
random.seed(12345)
print(random.random(), random.randint(1, 10**30), random.choice('xyz'))
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
print(Pt(1) < Pt(2), Pt(1, 2))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color(2), list(Color), Color['RED'])
h = [5, 1, 4]; heapq.heapify(h); print(heapq.heappop(h), bisect.bisect([1, 2, 3], 2))
print(string.ascii_letters[:5], copy.deepcopy([[1], {2: [3]}]))
for bad in [lambda: math.factorial(-1), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: itertools.repeat(1, -1)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
