"""Spectral norm (Computer Language Benchmarks Game).

Approximates the spectral norm of the infinite matrix A with
a[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1) by ten rounds of the power
method on an N x N slice, using plain nested loops (no numeric libraries).

Stresses: small function calls in a hot inner loop, int // and float /, float
accumulation, list indexing and item assignment.

Usage: spectral_norm.py [N]   (default 600)
"""
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % ((vbv / vv) ** 0.5))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
