"""Sudoku: Norvig-style constraint propagation and backtracking search.

A grid is a dict from square names ("A1" .. "I9") to strings of the digits
still possible there.  Assigning a digit eliminates it from the square's
peers; a square left with one digit, or a unit with one place left for a
digit, propagates further.  Search picks the square with the fewest
candidates and tries each digit on a copy of the dict.  Five hard puzzles
are solved, then PUZZLES random ones (built by random assignment from
`random.Random(1234)` until 22 squares are fixed).  The program prints the
number of puzzles, how many were solved and a checksum of the solutions.

Stresses: dicts keyed by short strings, `str.replace` and `in` on short
strings, `dict.copy`, `all()`/`min()` over generator expressions, mutual
recursion, list comprehensions, set building, `random.shuffle`/`choice`.

Usage: sudoku_solver.py [PUZZLES]   (default 300)
"""
import random
import sys
import time


def cross(A, B):
    return [a + b for a in A for b in B]


digits = "123456789"
rows = "ABCDEFGHI"
cols = digits
squares = cross(rows, cols)
unitlist = ([cross(rows, c) for c in cols] +
            [cross(r, cols) for r in rows] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
units = dict((s, [u for u in unitlist if s in u]) for s in squares)
peers = dict((s, set(sum(units[s], [])) - {s}) for s in squares)


def parse_grid(grid):
    values = dict((s, digits) for s in squares)
    for s, d in grid_values(grid).items():
        if d in digits and not assign(values, s, d):
            return False
    return values


def grid_values(grid):
    chars = [c for c in grid if c in digits or c in "0."]
    assert len(chars) == 81
    return dict(zip(squares, chars))


def assign(values, s, d):
    other = values[s].replace(d, "")
    if all(eliminate(values, s, d2) for d2 in other):
        return values
    return False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    elif len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in peers[s]):
            return False
    for u in units[s]:
        dplaces = [s for s in u if d in values[s]]
        if len(dplaces) == 0:
            return False
        elif len(dplaces) == 1:
            if not assign(values, dplaces[0], d):
                return False
    return values


def search(values):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in squares):
        return values
    n, s = min((len(values[s]), s) for s in squares if len(values[s]) > 1)
    return some(search(assign(values.copy(), s, d)) for d in values[s])


def some(seq):
    for e in seq:
        if e:
            return e
    return False


def solved(values):
    def unitsolved(unit):
        return set(values[s] for s in unit) == set(digits)
    return values is not False and all(unitsolved(unit) for unit in unitlist)


def random_puzzle(rng, N=17):
    values = dict((s, digits) for s in squares)
    sq = list(squares)
    rng.shuffle(sq)
    for s in sq:
        if not assign(values, s, rng.choice(values[s])):
            break
        ds = [values[s] for s in squares if len(values[s]) == 1]
        if len(ds) >= N and len(set(ds)) >= 8:
            return "".join(values[s] if len(values[s]) == 1 else "." for s in squares)
    return random_puzzle(rng, N)


HARD = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
    "....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
]


def run(n):
    rng = random.Random(1234)
    puzzles = list(HARD)
    for _ in range(n):
        puzzles.append(random_puzzle(rng, 22))
    checksum = 0
    nsolved = 0
    for p in puzzles:
        v = search(parse_grid(p))
        if solved(v):
            nsolved += 1
            row = "".join(v[s] for s in squares)
            checksum = (checksum * 131 + int(row[:9]) + int(row[-9:])) % 1000000007
    return len(puzzles), nsolved, checksum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    total, nsolved, checksum = run(n)
    print("puzzles:", total)
    print("solved:", nsolved)
    print("checksum:", checksum)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
