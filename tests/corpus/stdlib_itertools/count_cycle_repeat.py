import itertools
c = itertools.count()
print([next(c) for _ in range(5)])
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)))
print(list(itertools.islice(itertools.count(5, -2), 4)))
cyc = itertools.cycle("abc")
print([next(cyc) for _ in range(7)])
out = []
for i, x in enumerate(itertools.cycle([1, 2])):
    if i >= 5:
        break
    out.append(x)
print(out)
print(list(itertools.cycle([])))
print(list(itertools.repeat("x", 3)), list(itertools.repeat(1, 0)), list(itertools.repeat(1, -1)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(repr(itertools.count(3)), repr(itertools.repeat("a", 2)))
