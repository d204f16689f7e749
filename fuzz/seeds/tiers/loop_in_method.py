# Compiled loops in methods, classmethods and staticmethods; attributes are
# read before and written after the loop (not inside it).


class Counter:
    def __init__(self, n):
        self.n = n
        self.total = 0

    def run(self):
        n = self.n
        t = 0
        for i in range(n):
            t += i ^ (i >> 1)
        self.total = t
        return t

    @classmethod
    def make(cls, n):
        c = 0
        while c * c < n:
            c += 1
        return cls(c)

    @staticmethod
    def mean(a, b):
        s = 0.0
        for i in range(a, b):
            s += i
        return s / (b - a)


c = Counter(1000)
print(c.run(), c.total)
d = Counter.make(10 ** 6)
print(d.n, d.run())
print(Counter.mean(1, 101), Counter(0).mean(-50, 51), Counter(0).run())
