class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
for x in Countdown(2):
    print("loop", x)
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
