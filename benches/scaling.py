#!/usr/bin/env python3
"""Thread-scaling benchmark: how much faster N threads get N times the work done.

Runs benches/scaling/workloads.py under krait free-threaded (-X gil=0) and
with the global lock (-X gil=1). For each workload it reports

    speedup = N * t1 / tN

where t1 is one call on one thread and tN is N threads each making the same
call at once (each the best of 3 runs) (N is perfect scaling, 1 means the threads ran one at a time).
The last column is the machine's own ceiling for that workload: the same
call in N separate krait *processes* at once (nothing shared at all), as
N * t1 / max(process times). Free-threaded speedup near the ceiling means
nothing in krait serializes the threads.

    python3 benches/scaling.py                  # 2 threads, every workload
    python3 benches/scaling.py --threads 4 --scale 2 seed
    python3 benches/scaling.py --python         # also CPython (has a GIL: ~1x)
    python3 benches/scaling.py --no-ceiling     # skip the process runs

Build first: cargo build --release. Standard library only.
"""
import argparse
import os
import subprocess
import sys
import time

BENCHES = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCHES)
WORKLOADS = os.path.join(BENCHES, "scaling", "workloads.py")


def run_threads(cmd, threads, scale, names):
    out = subprocess.run(cmd + [WORKLOADS, "--threads", str(threads), "--scale", str(scale)] + names,
                         capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"{' '.join(cmd)} failed")
    rows = {}
    for line in out.stdout.splitlines():
        name, t1, tn = line.split()
        rows[name] = (float(t1), float(tn))
    return rows


def run_processes(cmd, n, scale, name):
    """Seconds of one call in each of n concurrent processes (the max)."""
    args = cmd + [WORKLOADS, "--threads", "0", "--scale", str(scale), "--exact", name]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, text=True) for _ in range(n)]
    times = []
    for p in procs:
        out, _ = p.communicate(timeout=3600)
        times.append(float(out.split()[1]))
    return max(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="run workloads whose name contains one of these")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--scale", type=float, default=2.0, help="work per call (default 2)")
    ap.add_argument("--krait", default=os.path.join(REPO, "target", "release", "krait"))
    ap.add_argument("--python", action="store_true", help="also run python3")
    ap.add_argument("--no-ceiling", action="store_true")
    a = ap.parse_args()
    n = a.threads
    configs = [("free-threaded", [a.krait, "-X", "gil=0"]), ("gil=1", [a.krait, "-X", "gil=1"])]
    if a.python:
        configs.append(("python3", ["python3"]))
    results = {}
    for label, cmd in configs:
        print(f"running {label} ...", file=sys.stderr, flush=True)
        results[label] = run_threads(cmd, n, a.scale, a.names)
    names = list(results["free-threaded"])
    ceiling = {}
    if not a.no_ceiling:
        print("running the process ceiling ...", file=sys.stderr, flush=True)
        for name in names:
            t1 = results["free-threaded"][name][0]
            ceiling[name] = n * t1 / run_processes([a.krait], n, a.scale, name)
    head = f"{'workload':<24}{'t1 ms':>9}{'tN ms':>9}" + "".join(f"{l:>15}" for l, _ in configs)
    head += f"{'ceiling':>10}" if ceiling else ""
    print(f"speedup = {n} x t1 / t{n}   ({n} threads, each doing the work of t1)")
    print(head)
    print("-" * len(head))
    for name in names:
        t1, tn = results["free-threaded"][name]
        row = f"{name:<24}{t1 * 1000:9.1f}{tn * 1000:9.1f}"
        for label, _ in configs:
            r1, rn = results[label][name]
            row += f"{n * r1 / rn:15.2f}"
        if ceiling:
            row += f"{ceiling[name]:10.2f}"
        print(row)


if __name__ == "__main__":
    main()
