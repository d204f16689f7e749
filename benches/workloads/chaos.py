"""Chaos game: fractals drawn by iterated function systems.

Three attractors are drawn by the chaos game (pick a transform at random,
apply it to the current point, plot, repeat): the Sierpinski triangle
(midpoints towards random vertices), Barnsley's fern (four weighted affine
maps) and a small "flame" whose maps are affine maps followed by non-linear
variations (sinusoidal, spherical, swirl).  Points land on a character
canvas; the program prints, per fractal, the number of cells hit, the
densest cell, a checksum of the hit counts and a small ASCII picture.

All randomness comes from `random` seeded with a constant (CPython's
Mersenne Twister, so the run is reproducible); the game is chaotic, so any
difference in float arithmetic or in the random stream shows in the output.

Stresses: small immutable-style objects created per step, `__call__` on
instances, subclass dispatch, `random.random()` / `random.choice()`, float
arithmetic with `math.sin`/`math.cos`, list-of-lists indexing.

Usage: chaos.py [POINTS]   (default 350_000 per fractal)
"""
import math
import random
import sys
import time


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def midpoint(self, other):
        return Point((self.x + other.x) * 0.5, (self.y + other.y) * 0.5)

    def radius2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Transform:
    """A map of the plane; subclasses implement `apply`."""

    def __call__(self, p):
        return self.apply(p)

    def apply(self, p):
        raise NotImplementedError


class Affine(Transform):
    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


class Sinusoidal(Transform):
    def apply(self, p):
        return Point(math.sin(p.x), math.sin(p.y))


class Spherical(Transform):
    def apply(self, p):
        r2 = p.radius2() + 1e-9
        return Point(p.x / r2, p.y / r2)


class Swirl(Transform):
    def apply(self, p):
        r2 = p.radius2()
        s = math.sin(r2)
        c = math.cos(r2)
        return Point(p.x * s - p.y * c, p.x * c + p.y * s)


class Compose(Transform):
    def __init__(self, *parts):
        self.parts = parts

    def apply(self, p):
        for part in self.parts:
            p = part(p)
        return p


class Blend(Transform):
    """Weighted sum of several variations of the same point."""

    def __init__(self, weighted):
        self.weighted = weighted

    def apply(self, p):
        x = y = 0.0
        for weight, variation in self.weighted:
            q = variation(p)
            x += weight * q.x
            y += weight * q.y
        return Point(x, y)


class WeightedIFS:
    """Transforms chosen with given probabilities."""

    def __init__(self, entries):
        total = sum(w for w, _ in entries)
        self.thresholds = []
        self.transforms = []
        acc = 0.0
        for weight, transform in entries:
            acc += weight / total
            self.thresholds.append(acc)
            self.transforms.append(transform)
        self.thresholds[-1] = 1.0

    def pick(self, rng):
        r = rng.random()
        for i, limit in enumerate(self.thresholds):
            if r < limit:
                return self.transforms[i]
        return self.transforms[-1]

    def step(self, p, rng):
        return self.pick(rng)(p)


class VertexGame:
    """Sierpinski-style: jump halfway to a randomly chosen vertex."""

    def __init__(self, vertices):
        self.vertices = vertices

    def step(self, p, rng):
        return p.midpoint(rng.choice(self.vertices))


class Canvas:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width = width
        self.height = height
        self.xmin, self.xmax, self.ymin, self.ymax = xmin, xmax, ymin, ymax
        self.sx = (width - 1) / (xmax - xmin)
        self.sy = (height - 1) / (ymax - ymin)
        self.cells = [[0] * width for _ in range(height)]
        self.outside = 0

    def plot(self, p):
        col = int((p.x - self.xmin) * self.sx)
        row = int((self.ymax - p.y) * self.sy)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row][col] += 1
        else:
            self.outside += 1

    def stats(self):
        hit = densest = 0
        checksum = 0
        for row in self.cells:
            for n in row:
                if n:
                    hit += 1
                    if n > densest:
                        densest = n
                checksum = (checksum * 131 + n) % 2_147_483_647
        return hit, densest, checksum

    def picture(self, cols, rows):
        shades = " .:-=+*#%@"
        lines = []
        for by in range(rows):
            line = []
            for bx in range(cols):
                total = 0
                for y in range(by * self.height // rows, (by + 1) * self.height // rows):
                    row = self.cells[y]
                    for x in range(bx * self.width // cols, (bx + 1) * self.width // cols):
                        total += row[x]
                level = 0
                while total and level < len(shades) - 1:
                    total //= 4
                    level += 1
                line.append(shades[level])
            lines.append("".join(line).rstrip())
        return lines


def run_game(name, system, canvas, start, points, rng, warmup=20):
    p = start
    for _ in range(warmup):
        p = system.step(p, rng)
    for _ in range(points):
        p = system.step(p, rng)
        canvas.plot(p)
    hit, densest, checksum = canvas.stats()
    print("%s: %d cells hit, densest %d, outside %d, checksum %d" % (
        name, hit, densest, canvas.outside, checksum))
    for line in canvas.picture(48, 16):
        print("  " + line)
    return p


def main():
    points = int(sys.argv[1]) if len(sys.argv) > 1 else 350_000
    rng = random.Random(20240611)
    print("points per fractal:", points)

    sierpinski = VertexGame([Point(0.0, 0.0), Point(1.0, 0.0), Point(0.5, 0.866)])
    run_game("sierpinski", sierpinski, Canvas(160, 140, 0.0, 1.0, 0.0, 0.9),
             Point(0.3, 0.3), points, rng)

    fern = WeightedIFS([
        (0.01, Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
        (0.85, Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
        (0.07, Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
        (0.07, Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
    ])
    run_game("fern", fern, Canvas(120, 200, -2.5, 2.8, 0.0, 10.0),
             Point(0.0, 0.0), points, rng)

    flame = WeightedIFS([
        (0.4, Compose(Affine(0.56, -0.4, 0.4, 0.56, 0.1, 0.0), Sinusoidal())),
        (0.3, Compose(Affine(0.7, 0.2, -0.3, 0.6, -0.3, 0.2),
                      Blend([(0.6, Spherical()), (0.4, Swirl())]))),
        (0.3, Compose(Affine(-0.5, 0.1, 0.2, 0.5, 0.4, -0.3), Swirl(),
                      Affine(0.9, 0.0, 0.0, 0.9, 0.0, 0.1))),
    ])
    end = run_game("flame", flame, Canvas(160, 160, -2.0, 2.0, -2.0, 2.0),
                   Point(0.1, 0.1), points, rng)
    print("last flame point: %.6f %.6f" % (end.x, end.y))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
