import itertools
def noisy(n):
    for i in range(n):
        print("  yield", i)
        yield i
print(list(itertools.islice(noisy(10), 2)))
print("---")
g = itertools.takewhile(lambda x: x < 1, noisy(5))
print(list(g))
print("---")
primes = []
for n in itertools.count(2):
    if all(n % p for p in primes):
        primes.append(n)
    if len(primes) == 10:
        break
print(primes)
fib = itertools.accumulate(itertools.repeat(None, 9), lambda acc, _: (acc[1], acc[0] + acc[1]), initial=(0, 1))
print([a for a, _ in fib])
