import functools
data = [(i * 7919) % 101 for i in range(200)]
print(sorted(data)[:5], sorted(data, key=lambda v: -v)[:5], sorted(data, reverse=True)[:3])
try:
    sorted([1, 'a', 2.0])
except TypeError as e:
    print(e)
try:
    sorted(data, key=lambda v: 1 / (v - 50))
except ZeroDivisionError as e:
    print(e)
print(sorted(data, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)))[:3])
print(min([], default=0), max('abc', key=ord), min(3, 1, 2, key=None))
l = [[3], [1], [2]]
l.sort()
print(l, list(reversed(l)), sorted({3: 1, 1: 2}))
