"""Seed-article workload: prime counting by trial division.

`compute_primes` is the seed article's function, called directly (no threads):
trial division up to int(num ** 0.5) + 1 with an early `break`, appending each
prime to a list and returning how many were found.

Stresses: nested `for ... in range`, int `%`, float `**` and int(), list append,
loop `break`.

Usage: seed_primes.py [LIMIT]   (default 200_000)
"""
import sys
import time

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


def compute_primes(limit):
    primes = []
    for num in range(2, limit):
        is_prime = True
        for i in range(2, int(num ** 0.5) + 1):
            if num % i == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(num)
    return len(primes)


_t0 = time.perf_counter()
print(compute_primes(LIMIT))
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
