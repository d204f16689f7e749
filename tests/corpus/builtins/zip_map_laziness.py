log = []
def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i

z = zip(gen("a", 3), gen("b", 1))
print(list(z))
print(log)
log.clear()
m = map(lambda x: x * 10, gen("m", 3))
print(log)
print(next(m), log)
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, range(2))), list(it))
