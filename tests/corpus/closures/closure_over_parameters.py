def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))
def power_factory(exp):
    def power(base):
        return base ** exp
    return power
squares = power_factory(2)
cubes = power_factory(3)
print([squares(i) for i in range(5)], [cubes(i) for i in range(5)])
def accumulate():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total, list(history)
    return add
acc = accumulate()
acc(1); acc(2)
print(acc(3))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
