"""Dense and sparse numeric kernels over `array('d')`.

Three textbook kernels, the kind found in small scientific scripts, storing
matrices as lists of `array.array('d')` rows:

* LU: factor a random N x N matrix with partial pivoting (row swaps in the
  list of rows, in-place elimination), then solve A x = b for a known x and
  report the largest error and the determinant;
* SOR: successive over-relaxation of Laplace's equation on an N x N grid
  (hot top edge, cold other edges), a fixed number of sweeps;
* CG: conjugate gradients on the 5-point Laplacian of a K x K grid stored
  in compressed sparse row form (values in `array('d')`, indices in
  `array('i')`).

Stresses: `array` item get/set with integer indices, float multiply-add in
nested `for` loops over `range`, row aliasing in local variables, `abs`,
`math.sqrt`, small classes around the kernels.

Usage: lu_sor.py [N]   (default 170)
"""
import math
import random
import sys
import time
from array import array


class DenseMatrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)

    @classmethod
    def random(cls, n, rng):
        rows = []
        for i in range(n):
            row = array("d", [rng.random() - 0.5 for _ in range(n)])
            row[i] += 0.5     # keep it well conditioned
            rows.append(row)
        return cls(rows)

    def copy(self):
        return DenseMatrix([array("d", row) for row in self.rows])

    def matvec(self, x):
        n = self.n
        out = array("d", [0.0]) * n
        for i in range(n):
            row = self.rows[i]
            s = 0.0
            for j in range(n):
                s += row[j] * x[j]
            out[i] = s
        return out

    def lu(self):
        return LUDecomposition(self.copy())


class SingularMatrix(ArithmeticError):
    pass


class LUDecomposition:
    """PA = LU, stored in place: L below the diagonal (unit diagonal
    implied), U on and above it."""

    def __init__(self, matrix):
        self.a = matrix.rows
        self.n = n = matrix.n
        self.pivots = array("i", range(n))
        self.swaps = 0
        a = self.a
        for j in range(n):
            # choose the pivot: largest magnitude in column j, rows j..n-1
            best = j
            best_abs = abs(a[j][j])
            for i in range(j + 1, n):
                v = abs(a[i][j])
                if v > best_abs:
                    best = i
                    best_abs = v
            if best_abs == 0.0:
                raise SingularMatrix("column %d" % j)
            if best != j:
                a[j], a[best] = a[best], a[j]
                self.pivots[j], self.pivots[best] = self.pivots[best], self.pivots[j]
                self.swaps += 1
            pivot_row = a[j]
            inv = 1.0 / pivot_row[j]
            for i in range(j + 1, n):
                row = a[i]
                factor = row[j] * inv
                row[j] = factor
                if factor != 0.0:
                    for k in range(j + 1, n):
                        row[k] -= factor * pivot_row[k]

    def determinant(self):
        det = -1.0 if self.swaps % 2 else 1.0
        for i in range(self.n):
            det *= self.a[i][i]
        return det

    def solve(self, b):
        n = self.n
        a = self.a
        y = array("d", [b[self.pivots[i]] for i in range(n)])
        for i in range(n):           # forward: L y = P b
            row = a[i]
            s = y[i]
            for k in range(i):
                s -= row[k] * y[k]
            y[i] = s
        for i in range(n - 1, -1, -1):   # backward: U x = y
            row = a[i]
            s = y[i]
            for k in range(i + 1, n):
                s -= row[k] * y[k]
            y[i] = s / row[i]
        return y


class LaplaceGrid:
    def __init__(self, n, top=100.0):
        self.n = n
        self.cells = [array("d", [0.0] * n) for _ in range(n)]
        for j in range(n):
            self.cells[0][j] = top

    def sor(self, omega, sweeps):
        g = self.cells
        n = self.n
        w4 = omega * 0.25
        keep = 1.0 - omega
        change = 0.0
        for _ in range(sweeps):
            change = 0.0
            for i in range(1, n - 1):
                up = g[i - 1]
                row = g[i]
                down = g[i + 1]
                for j in range(1, n - 1):
                    old = row[j]
                    new = w4 * (up[j] + down[j] + row[j - 1] + row[j + 1]) + keep * old
                    row[j] = new
                    change += abs(new - old)
        return change

    def total(self):
        return sum(sum(row) for row in self.cells)


class CSRMatrix:
    def __init__(self, n):
        self.n = n
        self.values = array("d")
        self.columns = array("i")
        self.row_start = array("i", [0])

    @classmethod
    def laplacian(cls, k):
        """The 5-point Laplacian of a k x k grid (size k*k, SPD)."""
        m = cls(k * k)
        for r in range(k):
            for c in range(k):
                for dr, dc, v in ((-1, 0, -1.0), (0, -1, -1.0), (0, 0, 4.0),
                                  (0, 1, -1.0), (1, 0, -1.0)):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < k and 0 <= cc < k:
                        m.values.append(v)
                        m.columns.append(rr * k + cc)
                m.row_start.append(len(m.values))
        return m

    def matvec(self, x, out):
        values, columns, start = self.values, self.columns, self.row_start
        for i in range(self.n):
            s = 0.0
            for p in range(start[i], start[i + 1]):
                s += values[p] * x[columns[p]]
            out[i] = s


def dot(x, y):
    s = 0.0
    for i in range(len(x)):
        s += x[i] * y[i]
    return s


def conjugate_gradient(a, b, iterations):
    n = a.n
    x = array("d", [0.0]) * n
    r = array("d", b)
    p = array("d", b)
    ap = array("d", [0.0]) * n
    rr = dot(r, r)
    for _ in range(iterations):
        a.matvec(p, ap)
        alpha = rr / dot(p, ap)
        for i in range(n):
            x[i] += alpha * p[i]
            r[i] -= alpha * ap[i]
        rr_new = dot(r, r)
        beta = rr_new / rr
        rr = rr_new
        for i in range(n):
            p[i] = r[i] + beta * p[i]
    return x, math.sqrt(rr)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 170
    rng = random.Random(42)
    print("n:", n)

    a = DenseMatrix.random(n, rng)
    x_true = array("d", [rng.random() * 2.0 - 1.0 for _ in range(n)])
    b = a.matvec(x_true)
    lu = a.lu()
    x = lu.solve(b)
    err = max(abs(x[i] - x_true[i]) for i in range(n))
    print("lu: %d row swaps, log|det| %.6f, max error < 1e-9: %s" % (
        lu.swaps, math.log(abs(lu.determinant())), err < 1e-9))
    print("lu: x[0] %.9f x[-1] %.9f" % (x[0], x[-1]))

    grid = LaplaceGrid(n)
    change = grid.sor(1.5, 40)
    mid = grid.cells[n // 2]
    print("sor: total %.6f, centre %.9f, last change %.6f" % (
        grid.total(), mid[n // 2], change))

    k = n // 2
    lap = CSRMatrix.laplacian(k)
    rhs = array("d", [1.0 if (i * 7) % 11 == 0 else 0.0 for i in range(k * k)])
    sol, residual = conjugate_gradient(lap, rhs, k)
    print("cg: %d unknowns, %d nonzeros, residual %.3e, sum %.9f" % (
        lap.n, len(lap.values), residual, sum(sol)))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
