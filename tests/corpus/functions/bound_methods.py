class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
print(Counter.inc(c, 10))
print(c.inc == c.inc, c.inc is c.inc)
d = Counter()
print(c.inc == d.inc)
fns = [c.inc, d.inc]
for f in fns:
    f(2)
print(c.n, d.n)
# function stored on instance is not bound
c.plain = lambda x: x * 2
print(c.plain(21))
print(type(m).__name__, type(Counter.inc).__name__)
