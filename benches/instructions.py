#!/usr/bin/env python3
"""Instruction counts: krait against python3 (and its own tiers) under callgrind.

Timings on a shared 2-core machine wander by 5-10% from run to run;
`valgrind --tool=callgrind` counts the instructions a run executes, which is
the same for the same binary and input whatever else the machine is doing.
This script runs each workload of benches/workloads at its --quick size
(ratios.py's QUICK_ARGS) under callgrind, subtracts the cost of starting the
interpreter (the same program with nothing to do is not available, so the
count of `-c pass` is taken off), and prints the counts and the ratio
python3 / krait (> 1: krait executes fewer instructions).

Fewer instructions is not the same as less time (cache misses, branch
mispredictions and the cost of each instruction differ), so a change is
confirmed with ratios.py; but a count moves for every real change, however
small, and never for noise.

    python3 benches/instructions.py                          # all workloads
    python3 benches/instructions.py nbody calls              # some
    python3 benches/instructions.py --config base="-X specialize=0" --config default=""
    python3 benches/instructions.py --full --no-python --config jit="" --config jit0="-X jit=0"
                                                             # default sizes, krait only

Needs valgrind (on the development machines; not used by CI).
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ratios  # noqa: E402  (QUICK_ARGS, workload discovery)


def count(cmd, cwd):
    """Instructions executed by `cmd` (callgrind's `I refs`)."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        p = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name] + cmd,
            cwd=cwd, env=env, capture_output=True, text=True)
        for line in p.stderr.splitlines():
            if "refs:" in line:
                return int(line.split()[-1].replace(",", ""))
    raise SystemExit("instructions.py: no count from %s:\n%s" % (cmd, p.stderr[-2000:]))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("filters", nargs="*")
    p.add_argument("--python", default="python3")
    p.add_argument("--krait", default=ratios.DEFAULT_KRAIT)
    p.add_argument("--config", action="append", default=[], metavar="NAME=ARGS")
    p.add_argument("--full", action="store_true",
                   help="each workload at its default size, not --quick's (about 20x longer)")
    p.add_argument("--no-python", action="store_true",
                   help="count krait's configurations only; ratios are to the first of them")
    args = p.parse_args()
    krait = os.path.join(ratios.REPO, args.krait)
    python, version = ratios.resolve_python(args.python)
    configs = [("krait", [])]
    if args.config:
        configs = []
        for spec in args.config:
            name, _, flags = spec.partition("=")
            configs.append((name, shlex.split(flags)))
    start = {} if args.no_python else {"python3": count([python, "-c", "pass"], ratios.WORKLOADS)}
    for name, flags in configs:
        start[name] = count([krait] + flags + ["-c", "pass"], ratios.WORKLOADS)
    base = "first" if args.no_python else "python3"
    header = "%-18s %12s" % ("workload", "%s M" % base[:7]) + "".join(
        " %10s %6s" % (name[:8] + " M", "ratio") for name, _ in configs)
    if args.no_python:
        print("krait only: ratios are the first configuration / each; instructions in millions, "
              "start-up taken off")
    else:
        print("python3: %s (%s); instructions in millions, start-up taken off" % (python, version))
    print(header)
    print("-" * len(header))
    product = [1.0] * len(configs)
    n = 0
    for w in ratios.find_workloads(args.filters):
        script = w + ".py"
        extra = [] if args.full else ratios.QUICK_ARGS.get(w, [])
        counts = [count([krait] + flags + [script] + extra, ratios.WORKLOADS) - start[name]
                  for name, flags in configs]
        if args.no_python:
            py = counts[0]
        else:
            py = count([python, script] + extra, ratios.WORKLOADS) - start["python3"]
        row = "%-18s %12.1f" % (w, py / 1e6)
        for i, k in enumerate(counts):
            row += " %10.1f %6.2f" % (k / 1e6, py / k)
            product[i] *= py / k
        n += 1
        print(row, flush=True)
    print("-" * len(header))
    print("%-18s %12s" % ("geometric mean", "") + "".join(
        " %10s %6.2f" % ("", pr ** (1.0 / n)) for pr in product))


if __name__ == "__main__":
    main()
