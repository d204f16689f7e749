#!/usr/bin/env python3
"""Single-thread cost of free threading: krait -X gil=0 against -X gil=1.

Runs every program in benches/workloads/ (single-threaded) under both lock
modes of the same binary, best of --repeat runs, and reports the time ratio
gil=0 / gil=1 (above 1.00 means free-threaded is slower) and the peak
resident memory of each (from wait4's rusage, so no extra tools).

    cargo build --release
    python3 benches/modes.py [--repeat 3] [names...]

Standard library only.
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time

BENCHES = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCHES)


def run_rss(cmd):
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)  # the workloads' KRAIT_BENCH_TIME line (for ratios.py)
        os.execv(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--krait", default=os.path.join(REPO, "target", "release", "krait"))
    a = ap.parse_args()
    progs = sorted(glob.glob(os.path.join(BENCHES, "workloads", "*.py")))
    progs = [p for p in progs if not a.names or any(n in os.path.basename(p) for n in a.names)]
    print(f"{'workload':<20}{'gil=1 s':>10}{'gil=0 s':>10}{'ratio':>8}{'gil=1 MiB':>12}{'gil=0 MiB':>12}{'ratio':>8}")
    print("-" * 80)
    tr, mr = [], []
    for p in progs:
        res = {}
        for mode in ("1", "0"):
            best_t, best_m = math.inf, math.inf
            for _ in range(a.repeat):
                t, m = run_rss([a.krait, "-X", f"gil={mode}", p])
                best_t, best_m = min(best_t, t), min(best_m, m)
            res[mode] = (best_t, best_m)
        t_ratio = res["0"][0] / res["1"][0]
        m_ratio = res["0"][1] / res["1"][1]
        tr.append(t_ratio)
        mr.append(m_ratio)
        name = os.path.basename(p)[:-3]
        print(f"{name:<20}{res['1'][0]:10.3f}{res['0'][0]:10.3f}{t_ratio:8.3f}"
              f"{res['1'][1]:12.1f}{res['0'][1]:12.1f}{m_ratio:8.3f}")
    gm = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs))
    print("-" * 80)
    print(f"{'geometric mean':<40}{gm(tr):8.3f}{'':24}{gm(mr):8.3f}")


if __name__ == "__main__":
    main()
