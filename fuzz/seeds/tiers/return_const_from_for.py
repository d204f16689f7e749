# return of a constant (or nothing) from inside compiled for loops, nested
# one and two deep: the iterators are popped on the way out and every other
# local of the frame stays intact.
import sys


def f(n, data):
    hits = 0
    for rep in range(3):
        for i in range(n):
            hits += 1
            if i == 5 and rep == 1:
                return "early"
        obj = data
    return "late"


def g(n):
    for i in range(n):
        if i * i > 50:
            return None
    return 0


def h(n, keep):
    t = 0
    for i in range(n):
        t += i
        if t > 10:
            return -1
    return t


d = [1, 2, 3]
before = sys.getrefcount(d)
print(f(100, d), f(3, d), f(100, d))
print(g(100), g(3), g(100))
print(h(3, d), h(100, d), h(100, d), d)
print(sys.getrefcount(d) - before, d)
