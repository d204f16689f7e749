# module.f(...) calls (LOAD_METHOD on a module): the module's current
# function each time, through rebinding, deletion and other kinds of
# attribute.
import math
import heapq
import sys
import types

def run(n):
    h = []
    total = 0.0
    for i in range(n):
        heapq.heappush(h, (i * 7) % 13)
        total += math.sqrt(i)
    return [heapq.heappop(h) for _ in range(5)], round(total, 6)

print(run(50))
real_sqrt = math.sqrt
math.sqrt = lambda x: -1.0
print(run(10))
math.sqrt = real_sqrt
print(run(10))

m = types.ModuleType("m")
m.f = lambda *a: ("f", a)
m.g = len
def calls(k):
    out = []
    for i in range(k):
        out.append(m.f(i))
        out.append(m.g("abc"))
    return out
print(calls(3))
m.f = staticmethod(lambda *a: ("static", a)).__func__
print(calls(2))
del m.g
try:
    calls(1)
except AttributeError as e:
    print("AttributeError:", e)
m.g = 5
try:
    calls(1)
except TypeError as e:
    print("TypeError:", e)
class Callable:
    def __call__(self, *a):
        return ("callable", a)
m.g = Callable()
print(calls(2))
print(sys.getrecursionlimit() > 0, math.floor(2.5), math.gcd(12, 18))
# a module whose globals change between calls (value version changes)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
me = sys.modules[__name__]
print([me.bump() for _ in range(5)], counter)
