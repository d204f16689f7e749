"""N-queens, two ways.

1. As in pyperformance's `bm_nqueens`: generate every permutation of the column
   indices (with a hand-written recursive generator, no itertools) and keep
   those whose two diagonal sets have no collisions.
2. A backtracking solver that tracks attacked columns and diagonals in sets.

Both must find the same number of solutions; the program prints the count, the
first and last solutions found by the permutation search, and the
backtracking count for a board BACKTRACK_EXTRA rows larger.

Stresses: recursive generators (deep `yield` chains), tuple concatenation,
generator expressions feeding set(), set add/remove/membership, recursion.

Usage: nqueens.py [N]   (default 9)
"""
import sys
import time

BACKTRACK_EXTRA = 3


def permutations(seq):
    """Yield every permutation of the list `seq` as a tuple, in lexicographic
    order of positions."""
    if len(seq) <= 1:
        yield tuple(seq)
        return
    for i in range(len(seq)):
        head = (seq[i],)
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield head + rest


def queens_by_permutation(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if (n == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def count_by_backtracking(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            found += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return found

    return place(0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    solutions = list(queens_by_permutation(n))
    print("n =", n, "solutions:", len(solutions))
    if solutions:
        print("first:", solutions[0])
        print("last:", solutions[-1])
    if count_by_backtracking(n) != len(solutions):
        print("ERROR: backtracking disagrees")
    m = n + BACKTRACK_EXTRA
    print("n =", m, "solutions (backtracking):", count_by_backtracking(m))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
