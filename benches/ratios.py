#!/usr/bin/env python3
"""Time the benchmark workloads under CPython and krait and print speed ratios.

Every program in benches/workloads/*.py runs under `python3` and under one or
more krait configurations, best of --repeat runs each.  krait's stdout must be
identical to CPython's (the workloads print deterministic results); any
difference is reported as a MISMATCH and that workload is left out of the
geometric mean.

    ratio = python3 seconds / krait seconds      (> 1 means krait is faster)

Examples:
    python3 benches/ratios.py                       # all workloads, default krait
    python3 benches/ratios.py nbody calls           # workloads whose name contains
                                                    # "nbody" or "calls"
    python3 benches/ratios.py --krait-args="-X specialize=0"
    python3 benches/ratios.py --config base="-X specialize=0" --config default=""
    python3 benches/ratios.py --quick               # small sizes, for a smoke test
    python3 benches/ratios.py --python-only         # just time CPython

--krait-args are passed to every configuration, before the configuration's own
arguments.  Without --config there is one configuration named "krait".

Exit status: 0 if every run succeeded with matching output, 1 otherwise.
Standard library only.
"""
import argparse
import difflib
import glob
import math
import os
import shlex
import subprocess
import sys
import time

BENCHES = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCHES)
WORKLOADS = os.path.join(BENCHES, "workloads")
DEFAULT_KRAIT = os.path.join("target", "release", "krait")

# Arguments for --quick: each workload at roughly 1/20 of its default size
# (about 0.05-0.1 s under CPython), for checking correctness of a slow build.
QUICK_ARGS = {
    "seed_sum_squares": ["2000000"],
    "seed_primes": ["50000"],
    "nbody": ["30000"],
    "fannkuch": ["8", "1"],
    "spectral_norm": ["120"],
    "richards": ["4"],
    "nqueens": ["7"],
    "float_arith": ["150"],
    "dict_str": ["4000"],
    "generators": ["150000"],
    "calls": ["25"],
    "alloc_heavy": ["10000"],
}


class Result:
    """Outcome of running one workload under one interpreter configuration."""

    def __init__(self, status, seconds=None, stdout="", detail=""):
        self.status = status      # "ok", "MISMATCH", "FAIL" or "TIMEOUT"
        self.seconds = seconds    # best wall-clock time over the runs
        self.stdout = stdout
        self.detail = detail      # what went wrong, for the report at the end


def parse_args():
    p = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.split("\n")[1:]))
    p.add_argument("filters", nargs="*",
                   help="only run workloads whose name contains one of these")
    p.add_argument("--python", default="python3",
                   help="reference interpreter (default: python3)")
    p.add_argument("--krait", default=DEFAULT_KRAIT,
                   help="krait binary; relative paths are taken from the repo "
                        "root (default: %s)" % DEFAULT_KRAIT)
    p.add_argument("--krait-args", default="",
                   help="extra krait arguments for every configuration, "
                        "e.g. '-X specialize=0'")
    p.add_argument("--config", action="append", default=[], metavar="NAME=ARGS",
                   help="a krait configuration to compare (repeatable); "
                        "ARGS are krait arguments, possibly empty")
    p.add_argument("--repeat", type=int, default=3,
                   help="runs per workload and interpreter; the best is kept "
                        "(default: 3)")
    p.add_argument("--timeout", type=float, default=600,
                   help="seconds before one run is abandoned (default: 600)")
    p.add_argument("--quick", action="store_true",
                   help="run each workload with a small size (see QUICK_ARGS)")
    p.add_argument("--python-only", action="store_true",
                   help="only time the reference interpreter")
    return p.parse_args()


def parse_configs(args):
    common = shlex.split(args.krait_args)
    if not args.config:
        return [("krait", common)]
    configs = []
    for spec in args.config:
        name, sep, flags = spec.partition("=")
        if not sep or not name:
            sys.exit("ratios.py: --config wants NAME=ARGS, got %r" % spec)
        configs.append((name, common + shlex.split(flags)))
    return configs


def find_workloads(filters):
    paths = sorted(glob.glob(os.path.join(WORKLOADS, "*.py")))
    names = [os.path.basename(p)[:-3] for p in paths]
    names = [n for n in names if not n.startswith("_")]
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def resolve_python(python):
    """Return the real interpreter path behind `python`.

    Wrappers such as pyenv shims add tens of milliseconds of startup to every
    run, which would count against CPython; sys.executable skips them."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
            capture_output=True, text=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("ratios.py: cannot run %s: %s" % (python, e))
    return out[0], out[1]


def run(cmd, repeat, timeout, expected=None):
    """Run `cmd` up to `repeat` times; return a Result with the best time.

    With `expected` set, the output must equal it.  A failing run stops the
    repetition: its time would mean nothing."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    best = None
    stdout = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True,
                                  errors="replace", timeout=timeout, env=env,
                                  cwd=WORKLOADS)
        except subprocess.TimeoutExpired:
            return Result("TIMEOUT", detail="no result after %.0f s" % timeout)
        except OSError as e:
            return Result("FAIL", detail=str(e))
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            tail = "\n".join(proc.stderr.strip().split("\n")[-5:])
            return Result("FAIL", elapsed, proc.stdout,
                          "exit status %d\n%s" % (proc.returncode, tail))
        if stdout is not None and proc.stdout != stdout:
            return Result("MISMATCH", elapsed, proc.stdout,
                          "output differs between two runs of the same program")
        stdout = proc.stdout
        if expected is not None and stdout != expected:
            diff = difflib.unified_diff(expected.splitlines(), stdout.splitlines(),
                                        "python3", "krait", lineterm="", n=1)
            return Result("MISMATCH", elapsed, stdout, "\n".join(list(diff)[:20]))
        if best is None or elapsed < best:
            best = elapsed
    return Result("ok", best, stdout)


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main():
    args = parse_args()
    names = find_workloads(args.filters)
    if not names:
        sys.exit("ratios.py: no workload matches %s" % " ".join(args.filters))
    python, version = resolve_python(args.python)
    configs = [] if args.python_only else parse_configs(args)
    krait = os.path.join(REPO, args.krait)  # an absolute --krait stays as is
    if configs and not os.access(krait, os.X_OK):
        sys.exit("ratios.py: no krait binary at %s\n"
                 "build it first with `cargo build --release`, pass --krait PATH, "
                 "or use --python-only" % krait)

    print("python3: %s (%s)" % (python, version))
    if configs:
        print("krait:   %s" % krait)
        for name, flags in configs:
            print("  config %-10s %s" % (name, " ".join(flags) or "(no extra arguments)"))
    print("best of %d run%s%s\n" % (args.repeat, "s" * (args.repeat != 1),
                                    ", quick sizes" if args.quick else ""))

    header = "%-18s %9s" % ("workload", "python3 s")
    for name, _ in configs:
        header += "  %10s %7s" % (name[:8] + " s", "ratio")
    print(header)
    print("-" * len(header))

    ratios = {name: [] for name, _ in configs}
    problems = []
    for workload in names:
        script = os.path.join(WORKLOADS, workload + ".py")
        extra = QUICK_ARGS.get(workload, []) if args.quick else []
        ref = run([python, script] + extra, args.repeat, args.timeout)
        if ref.status != "ok":
            problems.append((workload, "python3", ref))
            print("%-18s %9s" % (workload, ref.status), flush=True)
            continue
        row = "%-18s %9.3f" % (workload, ref.seconds)
        for name, flags in configs:
            res = run([krait] + flags + [script] + extra, args.repeat,
                      args.timeout, expected=ref.stdout)
            if res.status == "ok":
                ratio = ref.seconds / res.seconds
                ratios[name].append(ratio)
                row += "  %10.3f %7.2f" % (res.seconds, ratio)
            else:
                problems.append((workload, name, res))
                row += "  %10s %7s" % (res.status, "-")
        print(row, flush=True)

    if configs:
        print("-" * len(header))
        row = "%-18s %9s" % ("geometric mean", "")
        for name, _ in configs:
            if ratios[name]:
                row += "  %10s %7.2f" % ("(%d/%d)" % (len(ratios[name]), len(names)),
                                         geomean(ratios[name]))
            else:
                row += "  %10s %7s" % ("(0/%d)" % len(names), "-")
        print(row)

    if problems:
        print()
        print("!" * 72)
        for workload, name, res in problems:
            print("!!! %s: %s under %s" % (res.status, workload, name))
            for line in res.detail.split("\n"):
                print("    " + line)
        print("!" * 72)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
