"""Fannkuch-redux (Computer Language Benchmarks Game).

Walks all n! permutations of 0..n-1 in the benchmark's counting order; for each
one repeatedly reverses the first perm[0] + 1 elements until perm[0] == 0,
counting the flips.  Prints the alternating-sign checksum and the maximum
number of flips.  The prefix reversal is an explicit swap loop rather than a
slice assignment so the time goes to the interpreter, not to a builtin.

Stresses: list indexing and item assignment, tuple-swap assignment, `while`
loops, int compare/add, list copy by slicing.

fannkuch(10) takes ~4 s under CPython 3.11, so by default fannkuch(9) is
computed REPEAT times instead (the results must agree each time).

Usage: fannkuch.py [N [REPEAT]]   (default N = 9, REPEAT = 5)
"""
import sys
import time


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # Advance to the next permutation (rotate prefixes, odometer-style).
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    result = fannkuch(n)
    for _ in range(repeat - 1):
        if fannkuch(n) != result:
            print("ERROR: fannkuch(%d) gave a different result on a rerun" % n)
    checksum, max_flips = result
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
