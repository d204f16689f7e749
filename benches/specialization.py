#!/usr/bin/env python3
"""The share of executed instructions that ran specialized, per workload.

Runs every benches/workloads/*.py under `krait -X stats` (optionally at the
small --quick sizes of ratios.py) and prints, per workload, the instructions
executed, the specialized hits and their share, then the share over all
workloads. Usage:

    cargo build --release
    python3 benches/specialization.py [--quick] [filters...]
"""
import argparse
import os
import re
import subprocess
import sys

BENCHES = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHES)
sys.path.insert(0, BENCHES)
from ratios import QUICK_ARGS, WORKLOADS  # noqa: E402

LINE = re.compile(r"instructions executed: (\d+), by specialized forms \(hits\): (\d+)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("filters", nargs="*")
    ap.add_argument("--krait", default="target/release/krait")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--krait-args", default="", help="extra krait arguments")
    a = ap.parse_args()
    krait = os.path.join(ROOT, a.krait) if not os.path.isabs(a.krait) else a.krait
    names = sorted(f[:-3] for f in os.listdir(WORKLOADS) if f.endswith(".py"))
    if a.filters:
        names = [n for n in names if any(f in n for f in a.filters)]
    total = hits = 0
    print("%-18s %15s %15s %8s" % ("workload", "instructions", "specialized", "share"))
    for n in names:
        cmd = [krait, "-X", "stats"] + a.krait_args.split() + [n + ".py"]
        if a.quick and n in QUICK_ARGS:
            cmd += [str(x) for x in QUICK_ARGS[n]]
        p = subprocess.run(cmd, cwd=WORKLOADS, capture_output=True, text=True)
        m = LINE.search(p.stderr)
        if p.returncode != 0 or not m:
            print("%-18s FAILED (exit %d)" % (n, p.returncode))
            continue
        t, h = int(m.group(1)), int(m.group(2))
        total += t
        hits += h
        print("%-18s %15d %15d %7.1f%%" % (n, t, h, 100.0 * h / t))
    if total:
        print("%-18s %15d %15d %7.1f%%" % ("all", total, hits, 100.0 * hits / total))


if __name__ == "__main__":
    main()
