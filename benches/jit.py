#!/usr/bin/env python3
"""The JIT's headline figures: the seed article's workloads, timed in-process
(KRAIT_BENCH_TIME, best of --repeat runs) under python3, PyPy when installed,
and krait with the JIT off and on; plus krait's compile times (-X stats).

Usage: python3 benches/jit.py [--repeat R] [--krait PATH]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WL = os.path.join(HERE, "workloads")

CASES = [
    ("seed loop, 2M (fits 64 bits)", "seed_sum_squares.py", "2000000"),
    ("seed loop, 20M (big int)", "seed_sum_squares.py", "20000000"),
    ("seed primes below 200k", "seed_primes.py", "200000"),
    ("float loop (mandelbrot)", "float_arith.py", None),
]


def timed(cmd, arg, repeat):
    best, out, err = None, None, ""
    for _ in range(repeat):
        args = cmd + [arg] if arg else cmd
        env = dict(os.environ, PYTHONHASHSEED="0")
        p = subprocess.run(args, cwd=WL, capture_output=True, text=True, env=env)
        m = re.search(r"KRAIT_BENCH_TIME ([0-9.e-]+)", p.stderr)
        if p.returncode != 0 or not m:
            return None, p.stdout, p.stderr
        t = float(m.group(1))
        best = t if best is None else min(best, t)
        out, err = p.stdout, p.stderr
    return best, out, err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--krait", default=os.path.join(ROOT, "target", "release", "krait"))
    ap.add_argument("--compile-only", action="store_true",
                    help="only the compile times over benches/workloads")
    a = ap.parse_args()
    if not a.compile_only:
        seeds(a)
    compile_times(a)


def seeds(a):
    py = [os.path.realpath(sys.executable)]
    pypy = shutil.which("pypy3")
    cols = [("python3", py), ("krait jit=0", [a.krait, "-X", "jit=0"]), ("krait", [a.krait])]
    if pypy:
        cols.insert(1, ("pypy3", [pypy]))
    print("%-30s" % "workload" + "".join("%14s" % c for c, _ in cols)
          + "   krait/py3  krait/jit=0")
    for name, prog, arg in CASES:
        times = {}
        ref_out = None
        for c, cmd in cols:
            t, out, err = timed(cmd + [prog], arg, a.repeat)
            times[c] = t
            if c == "python3":
                ref_out = out
            elif out != ref_out and c != "pypy3":
                print("  MISMATCH under %s" % c)
        row = "%-30s" % name + "".join(
            "%14s" % ("%.4f s" % times[c] if times[c] else "FAIL") for c, _ in cols)
        if times.get("krait") and times.get("python3") and times.get("krait jit=0"):
            row += "   %8.1fx  %10.1fx" % (times["python3"] / times["krait"],
                                            times["krait jit=0"] / times["krait"])
        print(row)


def compile_times(a):
    """Each workload run `--repeat` times under -X stats; a region's time is
    the least of its runs (the sorted lists taken element by element: a
    compile is noisy here, cold caches and page faults)."""
    us = []
    every = []
    for prog in sorted(os.listdir(WL)):
        if not prog.endswith(".py"):
            continue
        runs = []
        for _ in range(a.repeat):
            p = subprocess.run([a.krait, "-X", "stats", prog], cwd=WL, capture_output=True,
                               text=True)
            t = re.search(r"compile times \(us, sorted\): ([\d ]+)", p.stderr)
            if t:
                runs.append(sorted(int(x) for x in t.group(1).split()))
        if not runs:
            continue
        if all(len(r) == len(runs[0]) for r in runs):
            best = [min(ts) for ts in zip(*runs)]
        else:  # (runs that compiled different regions: the first alone)
            best = runs[0]
        n = len(best)
        us.append((prog, n, best[n // 2], best[-1]))
        every.extend(best)
    print("\ncompile time per region (krait -X stats, default size, least of %d runs):"
          % a.repeat)
    for prog, n, med, mx in us:
        print("  %-22s regions %3d  median %6d us  max %6d us" % (prog, n, med, mx))
    if every:
        every.sort()
        print("  all %d regions: median %d us, under 1 ms: %d, max %d us" % (
            len(every), every[len(every) // 2], sum(1 for x in every if x < 1000), every[-1]))

if __name__ == "__main__":
    main()
