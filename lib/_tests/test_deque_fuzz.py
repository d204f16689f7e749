"""Random operation sequences on lib's deque vs CPython's deque (in-process)."""
import os, sys, random, collections
import importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _harness import check_programs

PROG = r'''
import random, collections
D = collections.deque
rng = random.Random(99)
out = []
for trial in range(300):
    maxlen = rng.choice([None, None, 0, 1, 3, 10])
    d = D(rng.sample(range(100), rng.randrange(0, 12)), maxlen=maxlen)
    for step in range(60):
        op = rng.randrange(17)
        try:
            if op == 0: d.append(rng.randrange(100))
            elif op == 1: d.appendleft(rng.randrange(100))
            elif op == 2: out.append(d.pop())
            elif op == 3: out.append(d.popleft())
            elif op == 4: d.extend(rng.sample(range(100), rng.randrange(0, 40)))
            elif op == 5: d.extendleft(rng.sample(range(100), rng.randrange(0, 40)))
            elif op == 6: d.rotate(rng.randrange(-50, 50))
            elif op == 7: d.insert(rng.randrange(-15, 15), rng.randrange(100))
            elif op == 8: d.remove(rng.randrange(100))
            elif op == 9: out.append(d.index(rng.randrange(100)))
            elif op == 10: out.append(d[rng.randrange(-15, 15)])
            elif op == 11: d[rng.randrange(-15, 15)] = rng.randrange(100)
            elif op == 12: del d[rng.randrange(-15, 15)]
            elif op == 13: d.reverse()
            elif op == 14: out.append(d.count(rng.randrange(100)))
            elif op == 15: d = d.copy() if rng.random() < 0.5 else d * rng.randrange(0, 3)
            elif op == 16: d += rng.sample(range(100), rng.randrange(0, 5))
        except (IndexError, ValueError) as e:
            out.append(type(e).__name__ + str(e))
        out.append(repr(d))
        out.append(len(d))
print(len(out))
print(hash(tuple(map(str, out))))
for x in out[::97]:
    print(x)
'''

if __name__ == '__main__':
    sys.exit(1 if check_programs({'deque_fuzz': PROG}) else 0)
