# User classes inside compiled loops: attribute reads and writes, method
# calls, properties and dunder methods that print, so the order of the calls
# the loop makes must match CPython's exactly.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def scaled(self):
        return self._s

    @scaled.setter
    def scaled(self, v):
        print("set scaled", v)
        self._s = v * 2


def attr_loop(n):
    acc = Vec(0, 0.0)
    d = Vec(1, 0.5)
    tot = 0
    for i in range(n):
        acc.add(d)
        d.x = d.x + 1
        tot += acc.dot(d) + acc.norm2
        if i % 3 == 0:
            acc.scaled = i
            tot += acc.scaled
    return acc.x, acc.y, tot


print(attr_loop(8))


class Seq:
    def __init__(self, n):
        self.data = list(range(n))

    def __getitem__(self, i):
        print("get", i)
        return self.data[i]

    def __setitem__(self, i, v):
        print("set", i, v)
        self.data[i] = v

    def __len__(self):
        return len(self.data)


def seq_loop(s):
    for i in range(len(s)):
        s[i] = s[i] * 10 + 1
    return s.data


print(seq_loop(Seq(4)))


def seq_iter(s):
    # iterating with the old __getitem__ protocol: stops at the IndexError
    total = 0
    for v in s:
        total += v
    return total


print(seq_iter(Seq(3)))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        print("eq", self.k, getattr(o, "k", o))
        return isinstance(o, Key) and self.k == o.k

    def __lt__(self, o):
        print("lt", self.k, o.k)
        return self.k < o.k

    def __hash__(self):
        return hash(self.k)

    def __bool__(self):
        print("bool", self.k)
        return self.k != 0

    def __repr__(self):
        return "Key(%r)" % (self.k,)


def compare_loop(keys, target):
    hits = 0
    smaller = 0
    truthy = 0
    for k in keys:
        if k == target:
            hits += 1
        if k < target:
            smaller += 1
        if k:
            truthy += 1
        if not k:
            truthy -= 100
    return hits, smaller, truthy


print(compare_loop([Key(2), Key(0), Key(5), Key(2)], Key(2)))


def contains_loop(keys, probes):
    out = []
    for p in probes:
        out.append(p in keys)
    return out


print(contains_loop([Key(1), Key(2)], [Key(2), Key(3)]))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("iter", self.n)
        return self

    def __next__(self):
        if self.n <= 0:
            print("stop")
            raise StopIteration
        self.n -= 1
        print("next", self.n)
        return self.n


def iter_loop():
    total = 0
    for v in Countdown(3):
        total += v * 2
    for v in Countdown(4):
        if v == 1:
            break
        total += v
    return total


print(iter_loop())


class Counter:
    count = 0

    def __init__(self):
        self.own = 0

    def hit(self):
        Counter.count += 1
        self.own += 1
        return self.own


def class_attr_loop(n):
    a = Counter()
    b = Counter()
    for i in range(n):
        a.hit()
        if i % 2:
            b.hit()
    return a.own, b.own, Counter.count


print(class_attr_loop(9))
