import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

COMMON = r'''
import random
def show(*a):
    print(*a)
'''

progs = {}
progs['core'] = COMMON + r'''
for s in [0, 1, 42, 12345, 2**32-1, 2**32, 2**64+5, -7, 10**50, 3.14, -2.5, 0.0, True, "hello", b"bytes", bytearray(b"ba"), "", "a"*200, "\u00e9\u4e2d"]:
    random.seed(s)
    show(repr(s)[:30], [random.random() for _ in range(5)])
    show([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 100, 200)])
    show([random.randrange(10) for _ in range(20)])
    show([random.randint(-5, 5) for _ in range(20)])
    show([random.randrange(0, 100, 7) for _ in range(10)], [random.randrange(50, 0, -3) for _ in range(10)])
    show(random.randrange(10**30), random.randrange(-10**20, 10**20))
for s in ["abc", b"abc", "", "xyz"*10]:
    random.seed(s, version=1)
    show(random.random())
random.seed(5)
for i in range(3000):
    x = random.random()
print(x, random.getrandbits(32))
'''
progs['seq'] = COMMON + r'''
random.seed(2024)
L = list(range(30))
for i in range(20):
    random.shuffle(L)
    show(L)
for i in range(20):
    show(random.choice("abcdefgh"), random.choice([1,2,3]), random.choice(range(1000)))
for k in [0, 1, 5, 10, 30]:
    show(random.sample(L, k))
show(random.sample(range(10**6), 10))
show(random.sample(range(100), 50))
show(random.sample(['red', 'blue'], counts=[4, 2], k=5))
show(random.choices('abc', k=10))
show(random.choices('abc', [1, 2, 3], k=10))
show(random.choices('abc', cum_weights=[1, 2, 10], k=10))
show(random.choices([1,2,3,4]))
show(random.choices(range(10), weights=[0.5]*10, k=5))
s = random.getstate()
a = [random.random() for i in range(10)]
random.setstate(s)
b = [random.random() for i in range(10)]
show(a == b)
r = random.Random(99)
show(r.random(), r.randint(1, 6), r.choice([5,6,7]), r.uniform(1, 2))
r2 = random.Random()
r2.setstate(r.getstate())
show(r2.random() == r.random())
show(random.randbytes(10), random.Random(3).randbytes(17))
class MyR(random.Random):
    def random(self):
        return 0.5
m = MyR(1)
show(m.randrange(10), m.choice('abcd'), m._randbelow(1000))
class MyR2(random.Random):
    pass
show(MyR2(7).randint(1, 100))
show(len(random.getstate()), random.getstate()[0], len(random.getstate()[1]))
random.seed(11); random.random(); st = random.getstate(); show(st[1][:3], st[1][-3:], st[2])
random.gauss(); st = random.getstate(); show(st[1][-1], st[2])
r3 = random.Random(); r3.setstate(st); show(r3.gauss(), r3.random())
'''
progs['dist'] = COMMON + r'''
random.seed(777)
show([random.uniform(-3, 3) for _ in range(5)])
show([random.triangular() for _ in range(5)], [random.triangular(0, 10, 2) for _ in range(5)], random.triangular(1, 1, 1))
show([random.gauss() for _ in range(7)], [random.gauss(10, 2) for _ in range(7)])
show([random.normalvariate(0, 1) for _ in range(7)])
show([random.lognormvariate(0, 1) for _ in range(5)])
show([random.expovariate(1.5) for _ in range(5)])
show([random.vonmisesvariate(1, 2) for _ in range(5)], random.vonmisesvariate(1, 0))
for a in (0.3, 1.0, 2.5, 20.0):
    show([random.gammavariate(a, 2.0) for _ in range(5)])
show([random.betavariate(2, 3) for _ in range(5)], [random.betavariate(0.5, 0.5) for _ in range(5)])
show([random.paretovariate(3) for _ in range(5)], [random.weibullvariate(1, 2) for _ in range(5)])
'''
progs['bulk'] = COMMON + r"""
import hashlib
for s in [0, 1, 2, 7, 42, 99, 123456789, 2**100 + 3, "seed-string", b"\x00\x01"]:
    random.seed(s)
    h = hashlib.sha256() if False else None
    out = []
    for i in range(3000):
        out.append(repr(random.random()))
    for k in range(1, 130, 7):
        out.append(str(random.getrandbits(k)))
    for i in range(500):
        out.append(str(random.randrange(1, 10**i % 97 + 2)))
        out.append(str(random.randint(-1000, 1000)))
    L = list(range(200)); random.shuffle(L); out.append(str(L))
    out.append(str(random.sample(range(10000), 50)))
    out.append(str(random.choices(range(100), k=100)))
    out.append(str([random.gauss(0, 1) for _ in range(20)]))
    print(s if not isinstance(s, bytes) else 'bytes', len(out), sum(len(x) for x in out), out[0], out[2999], out[-1][:80])
    print(' '.join(out)[:100000])
random.seed(None); x = random.random(); print(0.0 <= x < 1.0)
random.seed(); r = random.Random(); print(0 <= r.randrange(10) < 10)
"""
progs['err_empty'] = COMMON + "random.choice([])"
progs['err_range'] = COMMON + "random.randrange(5, 5)"
progs['err_range0'] = COMMON + "random.randrange(0)"
progs['err_step'] = COMMON + "random.randrange(0, 10, 0)"
progs['err_sample'] = COMMON + "random.sample([1,2], 3)"
progs['err_sampleset'] = COMMON + "random.sample({1,2}, 1)"
progs['err_seed'] = COMMON + "random.seed([1])"
progs['err_bits'] = COMMON + "random.getrandbits(-1)"
progs['err_choices'] = COMMON + "random.choices('abc', 2)"
progs['err_gamma'] = COMMON + "random.gammavariate(0, 1)"
progs['err_float'] = COMMON + "random.randrange(1.5)"
progs['ok_float'] = COMMON + "random.seed(1); print(random.randrange(10.0))"
progs['err_int'] = COMMON + "random.randint(1, 'a')"
progs['err_weights'] = COMMON + "random.choices('abc', [1, 2])"

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
