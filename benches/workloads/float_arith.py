"""Float arithmetic: Mandelbrot escape-time counts on a small grid.

For each point c of a SIZE x SIZE grid over [-2.0, 0.6] x [-1.3, 1.3] iterates
z = z*z + c with separate real/imaginary float variables (no complex numbers)
until |z|^2 > 4 or MAX_ITER iterations.  Prints the total iteration count, the
number of points inside the set, the mean escape count formatted with %.6f,
and a coarse ASCII picture sampled from the grid.

Stresses: float multiply/add/subtract/compare in a tight `while` loop, int/float
mixing (index -> coordinate), nested loops, list of lists.

Usage: float_arith.py [SIZE]   (default 600)
"""
import sys
import time

MAX_ITER = 200
SHADES = " .:-=+*#%"
SHADE_LIMITS = [2, 3, 4, 5, 7, 10, 16, 30]   # escape count below limit -> shade


def escape_counts(size, max_iter):
    x0, x1 = -2.0, 0.6
    y0, y1 = -1.3, 1.3
    dx = (x1 - x0) / (size - 1)
    dy = (y1 - y0) / (size - 1)
    rows = []
    for iy in range(size):
        ci = y0 + iy * dy
        row = []
        for ix in range(size):
            cr = x0 + ix * dx
            zr = 0.0
            zi = 0.0
            zr2 = 0.0
            zi2 = 0.0
            k = 0
            while k < max_iter and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                k += 1
            row.append(k)
        rows.append(row)
    return rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    rows = escape_counts(size, MAX_ITER)
    total = 0
    inside = 0
    for row in rows:
        for k in row:
            total += k
            if k == MAX_ITER:
                inside += 1
    print("size:", size, "max_iter:", MAX_ITER)
    print("total iterations:", total)
    print("points inside:", inside)
    print("mean escape count: %.6f" % (total / (size * size)))
    step = max(1, size // 48)
    for iy in range(0, size, step * 2):
        line = []
        for ix in range(0, size, step):
            k = rows[iy][ix]
            if k == MAX_ITER:
                line.append("@")
            else:
                shade = 0
                while shade < len(SHADE_LIMITS) and k >= SHADE_LIMITS[shade]:
                    shade += 1
                line.append(SHADES[shade])
        print("".join(line).rstrip())


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
