"""LRU caches over a hand-written doubly linked list.

`LRUCache` keeps a dict from keys to `Node` objects and a `LinkedList` with
sentinel head and tail; a hit moves the node to the front, a miss at
capacity evicts from the back.  The cache classes form a small hierarchy
(`Cache` -> `LRUCache` -> `CountingLRU`) with `__slots__` at every level,
properties with a setter, `super()` calls in `__init__`, `on_evict` and
`describe`, and `__len__`/`__contains__`/`__getitem__`/`__iter__`.
Three caches (64, 256 and 1024 entries) serve the same KEYS skewed random
keys (`random.Random(5)`), then a memoized recurrence runs through a
50-entry cache.  The program prints a checksum, per cache its description,
hits, misses, hit rate and size, the evicted-value sums and counts, and the
most recently used keys.

Stresses: `__slots__` attribute loads and stores, `@property` getters and
setters, `super().__init__()`/`super().method()`, dict get/setitem/del,
linked-list pointer surgery, dunder methods, a generator `__iter__`,
`type(self).__name__`, recursion.

Usage: lru_cache.py [KEYS]   (default 400_000)
"""
import random
import sys
import time


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LinkedList:
    __slots__ = ("head", "tail", "size")

    def __init__(self):
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.size = 0

    def push_front(self, node):
        node.prev = self.head
        node.next = self.head.next
        self.head.next.prev = node
        self.head.next = node
        self.size += 1

    def unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None
        self.size -= 1

    def pop_back(self):
        node = self.tail.prev
        if node is self.head:
            return None
        self.unlink(node)
        return node

    def __len__(self):
        return self.size

    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n
            n = n.next


class Cache:
    __slots__ = ("_capacity", "hits", "misses")

    def __init__(self, capacity):
        self._capacity = capacity
        self.hits = 0
        self.misses = 0

    @property
    def capacity(self):
        return self._capacity

    @capacity.setter
    def capacity(self, v):
        if v < 1:
            raise ValueError("capacity")
        self._capacity = v

    @property
    def hit_rate(self):
        t = self.hits + self.misses
        return self.hits / t if t else 0.0

    def get(self, key, default=None):
        raise NotImplementedError

    def describe(self):
        return "%s(cap=%d)" % (type(self).__name__, self._capacity)


class LRUCache(Cache):
    __slots__ = ("map", "list", "evictions")

    def __init__(self, capacity):
        super().__init__(capacity)
        self.map = {}
        self.list = LinkedList()
        self.evictions = 0

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self.list.unlink(node)
        self.list.push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self.list.unlink(node)
            self.list.push_front(node)
            return
        if len(self.list) >= self.capacity:
            old = self.list.pop_back()
            del self.map[old.key]
            self.evictions += 1
            self.on_evict(old.key, old.value)
        node = Node(key, value)
        self.map[key] = node
        self.list.push_front(node)

    def on_evict(self, key, value):
        pass

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __getitem__(self, key):
        v = self.get(key, self)
        if v is self:
            raise KeyError(key)
        return v

    def describe(self):
        return super().describe() + " lru"


class CountingLRU(LRUCache):
    __slots__ = ("evicted_sum",)

    def __init__(self, capacity):
        super().__init__(capacity)
        self.evicted_sum = 0

    def on_evict(self, key, value):
        super().on_evict(key, value)
        self.evicted_sum += value

    def describe(self):
        return super().describe() + " counting"


def memo_fib_like(cache, n):
    v = cache.get(n)
    if v is not None:
        return v
    if n < 2:
        r = n
    else:
        r = (memo_fib_like(cache, n - 1) + memo_fib_like(cache, n - 2) * 3) % 1000003
    cache.put(n, r)
    return r


def run(n):
    rng = random.Random(5)
    caches = [LRUCache(64), CountingLRU(256), CountingLRU(1024)]
    keys = [int(2000 * rng.random() ** 2) for _ in range(n)]
    total = 0
    for c in caches:
        for i, k in enumerate(keys):
            v = c.get(k)
            if v is None:
                c.put(k, k * 7 + i % 13)
            else:
                total += v
            if i % 97 == 0 and k in c:
                try:
                    total += c[k + 1]
                except KeyError:
                    total -= 1
        c.capacity = c.capacity + 1
    fibc = CountingLRU(50)
    for start in range(0, 3000, 7):
        total = (total + memo_fib_like(fibc, start % 400 + 20)) % 1000000007
    order = [node.key for node in caches[0].list][:10]
    return (total, [(c.describe(), c.hits, c.misses, round(c.hit_rate, 5), len(c)) for c in caches],
            caches[1].evicted_sum, caches[2].evictions, fibc.evicted_sum, order)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    print("keys:", n)
    for r in run(n):
        print(r)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
