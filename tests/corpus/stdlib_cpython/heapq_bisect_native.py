"""_heapq and _bisect natively under CPython's heapq.py and bisect.py: results, C error messages, max-heap helpers, big heapify order, key=, insort into a subclass with its own insert, a comparison that empties the heap."""
import heapq, bisect, random
for f, a in [(heapq.heappush,(1,2)),(heapq.heappop,(1,)),(heapq.heapreplace,(1,2)),(heapq.heappushpop,(1,2)),(heapq.heapify,(1,)),(heapq._heappop_max,(1,)),(heapq._heapreplace_max,(1,2)),(heapq._heapify_max,(1,)),(heapq.heappop,([],)),(heapq.heapreplace,([],1)),(heapq.heappush,()),(heapq.heappush,([],1,2))]:
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
for a,kw in [(([1],2,0,5,3),{}),((),{}),(([1],),{}),(([1],2),{'foo':1}),(([1],2,None),{}),(([1],2,0,'x'),{}),(([1],2,2**70),{}),(([1],2),{'lo':-1}),((1,2),{}),(([1],2),{'x':3})]:
    try: print(bisect.bisect_right(*a,**kw))
    except Exception as e: print(type(e).__name__, e)
r = random.Random(5)
for n in (0, 1, 7, 100, 3000):
    xs = [r.randrange(1000) for _ in range(n)]
    h = xs[:]; heapq.heapify(h); print(n, h[:10], sum(i*v for i, v in enumerate(h)) % 99991)
    out = [heapq.heappop(h) for _ in range(len(h))]; print(out == sorted(xs))
    h = []; [heapq.heappush(h, x) for x in xs]; print(h[:8])
    m = xs[:]; heapq._heapify_max(m); print(m[:8])
    print(heapq.nlargest(5, xs), heapq.nsmallest(5, xs, key=lambda v: -v), list(heapq.merge([1,4,9],[2,3,10]))[:6])
    s = sorted(xs)
    print([bisect.bisect_left(s, v) for v in (0, 500, 999)], [bisect.bisect(s, v, 3) for v in (0, 500, 999)], bisect.bisect_right(s, 400, hi=min(50, len(s))))
    t = []
    for x in xs[:50]: bisect.insort(t, x)
    print(t == sorted(xs[:50]))
    pairs = sorted((x, str(x)) for x in xs[:20])
    print(bisect.bisect_left(pairs, 300, key=lambda p: p[0]))
    bisect.insort_left(pairs, (300, 'z'), key=lambda p: p[0]); print(len(pairs))
class C(list):
    def insert(self, i, x): print('insert', i, x); list.insert(self, i, x)
c = C([1, 3]); bisect.insort(c, 2); print(c)
class Bad:
    def __init__(self, h): self.h = h
    def __lt__(self, o): self.h.clear(); return True
h = []; h.append(Bad(h)); 
try: heapq.heappush(h, Bad(h))
except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([1,2], 0), heapq.heappushpop([1,2], 5), heapq.heapreplace([1, 2], 9))
print(heapq.__all__, bisect.bisect is bisect.bisect_right)
