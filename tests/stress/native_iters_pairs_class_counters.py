# Threads sharing native iterators (dict items, enumerate, zip, map): every
# item is delivered exactly once (a thread that finds the iterator busy gets
# krait's ValueError and retries), and the pairs each thread receives keep
# their values while it holds them (pairs are reused only when nothing else
# refers to them); meanwhile threads make instances of a class whose
# class-level counter they all increment under a lock (a mutable class
# name): every id is seen once, and the slot and method caches of the class
# stay right while other threads rebind plain class attributes.
import threading

N = 20000
d = {i: -i for i in range(N)}
shared = [iter(d.items()), enumerate(range(N)), zip(range(N), range(N, 2 * N)),
          map(lambda x: x * 2, range(N))]
got = [[[] for _ in range(4)] for _ in shared]


def consume(k):
    for which, it in enumerate(shared):
        out = got[which][k]
        while True:
            try:
                v = next(it)
            except StopIteration:
                break
            except ValueError as e:
                assert "already executing" in str(e), e
                continue
            out.append(v)


ts = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
items = sorted(p for g in got[0] for p in g)
assert items == sorted(d.items()), len(items)
assert all(v == -k for k, v in items)
en = sorted(p for g in got[1] for p in g)
assert en == [(i, i) for i in range(N)], en[:3]
zz = sorted(p for g in got[2] for p in g)
assert zz == [(i, N + i) for i in range(N)], zz[:3]
mm = sorted(x for g in got[3] for x in g)
assert mm == [2 * i for i in range(N)], mm[:3]


class Node:
    __slots__ = ("ident", "tag")
    made = 0
    label = "n"
    lock = threading.Lock()

    def __init__(self, tag):
        with Node.lock:
            Node.made += 1
            self.ident = Node.made
        self.tag = tag

    def describe(self):
        return "%s%d" % (self.label, self.ident)


M = 3000
seen = [[] for _ in range(4)]
stop = threading.Event()


def make(k):
    out = seen[k]
    for i in range(M):
        n = Node(k)
        assert n.tag == k
        d = n.describe()
        assert d[0] in "nm" and int(d[1:]) == n.ident, d
        out.append(n.ident)


def relabel():
    i = 0
    while not stop.is_set():
        Node.label = "nm"[i % 2]
        i += 1


makers = [threading.Thread(target=make, args=(k,)) for k in range(4)]
r = threading.Thread(target=relabel)
r.start()
for t in makers:
    t.start()
for t in makers:
    t.join()
stop.set()
r.join()
ids = sorted(i for s in seen for i in s)
assert ids == list(range(1, 4 * M + 1)), (len(ids), ids[:3])
assert Node.made == 4 * M
print("ok")
