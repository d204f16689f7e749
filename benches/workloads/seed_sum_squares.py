"""Seed-article workload: sum of squares in a plain `for` loop.

The function is the seed article's `cpu_intensive_task`, called directly (no
threads).  With the default N the running total outgrows 64 bits, so the
interpreter must switch to arbitrary-precision integers and print the exact
result.

Stresses: `for ... in range`, int multiply/add, small-int -> big-int promotion,
global name lookup.

Usage: seed_sum_squares.py [N]   (default 20_000_000)
"""
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def cpu_intensive_task():
    total = 0
    for i in range(N):
        total += i * i
    return total


_t0 = time.perf_counter()
result = cpu_intensive_task()
print(result)
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
