"""Function calls: recursion and many small calls of different shapes.

Recursive fib(N) and Takeuchi's tak(24, 16, 8), plus loops of tiny calls: positional,
default and keyword arguments, *args, closures, lambdas, bound methods, and a
method that calls another method.  Prints each result.

Stresses: frame creation/teardown, argument binding (positional, defaults,
keywords, *args), recursion depth ~N, closures (cell variables), method lookup
and bound-method calls, small-int arithmetic.

Usage: calls.py [N]   (default 32; the small-call loop runs fib(N) times)
"""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def add(a, b):
    return a + b


def scaled(a, b, scale=3, offset=1):
    return (a + b) * scale + offset


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def make_adder(k):
    def adder(x):
        return x + k
    return adder


class Counter:
    def __init__(self, step):
        self.value = 0
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    def bump_twice(self, extra):
        self.bump()
        return self.bump() + extra


def small_calls(n):
    add5 = make_adder(5)
    square = lambda x: x * x
    c = Counter(2)
    bump = c.bump
    acc = 0
    for i in range(n):
        acc = add(acc, i)
        acc = scaled(acc, i) % 1000003
        acc = scaled(acc, 1, offset=i, scale=2) % 1000003
        acc += total(i, 1, 2) + total()
        acc = add5(acc) + square(i & 15)
        acc += bump() - c.bump_twice(extra=1)
        acc %= 1000003
    return acc, c.value


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    print("fib(%d) = %d" % (n, fib(n)))
    print("tak(24, 16, 8) = %d" % tak(24, 16, 8))
    loops = fib(n)
    acc, value = small_calls(loops)
    print("small calls: %d loops, acc = %d, counter = %d" % (loops, acc, value))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
