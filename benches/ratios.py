#!/usr/bin/env python3
"""Time the benchmark workloads under CPython and krait and print speed ratios.

Every program in benches/workloads/*.py runs under `python3` and under one or
more krait configurations, best of --repeat runs each.  krait's stdout must be
identical to CPython's (the workloads print deterministic results); any
difference is reported as a MISMATCH and that workload is left out of the
geometric mean.

    ratio = python3 seconds / krait seconds      (> 1 means krait is faster)

Times are in-process: each workload measures its main work with
time.perf_counter() and prints `KRAIT_BENCH_TIME <seconds>` on stderr, so
interpreter start-up and import time are left out.  A workload that does not
print the line (or --wall) is timed by the whole-process wall clock instead;
the `timing` column says which.  When `pypy3` is on the PATH its times are
shown too, as a reference (ratio = python3 seconds / pypy3 seconds); a PyPy
failure is reported but never changes the exit status (--no-pypy skips it).

Examples:
    python3 benches/ratios.py                       # all workloads, default krait
    python3 benches/ratios.py nbody calls           # workloads whose name contains
                                                    # "nbody" or "calls"
    python3 benches/ratios.py --krait-args="-X specialize=0"
    python3 benches/ratios.py --config base="-X specialize=0" --config default=""
    python3 benches/ratios.py --quick               # small sizes, for a smoke test
    python3 benches/ratios.py --python-only         # just time CPython
    python3 benches/ratios.py --wall                # whole-process wall time

--krait-args are passed to every configuration, before the configuration's own
arguments.  Without --config there is one configuration named "krait".

Exit status: 0 if every run succeeded with matching output, 1 otherwise
(PyPy's runs aside).
Standard library only.
"""
import argparse
import difflib
import glob
import math
import os
import shlex
import shutil
import subprocess
import sys
import time

BENCHES = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCHES)
WORKLOADS = os.path.join(BENCHES, "workloads")
DEFAULT_KRAIT = os.path.join("target", "release", "krait")
# The line a workload prints on stderr with the seconds its main work took.
TIME_MARK = "KRAIT_BENCH_TIME"

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
    "constraints": ["12"],
    "board_search": ["3"],
    "raytrace": ["80"],
    "chaos": ["35000"],
    "lu_sor": ["70"],
    "gen_tree": ["3"],
    "interp_small": ["2"],
    "unify_solver": ["3"],
    "sudoku_solver": ["15"],
    "huffman_lz": ["3"],
    "word_freq": ["2000"],
    "json_roundtrip": ["30"],
    "event_sim": ["600"],
    "lru_cache": ["20000"],
    "gen_pipeline": ["3500"],
}


class Result:
    """Outcome of running one workload under one interpreter configuration."""

    def __init__(self, status, seconds=None, stdout="", detail="", inproc=None):
        self.status = status      # "ok", "MISMATCH", "FAIL" or "TIMEOUT"
        self.seconds = seconds    # best wall-clock time over the runs
        self.inproc = inproc      # best KRAIT_BENCH_TIME over the runs, or
                                  # None if a run did not print one
        self.stdout = stdout
        self.detail = detail      # what went wrong, for the report at the end

    def time(self, in_process):
        """The time to compare: in-process when asked for and known."""
        return self.inproc if in_process and self.inproc is not None else self.seconds


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
    p.add_argument("--wall", action="store_true",
                   help="compare whole-process wall-clock times (start-up "
                        "included) instead of the in-process %s" % TIME_MARK)
    p.add_argument("--pypy", default="pypy3",
                   help="PyPy, timed as a reference when it is found "
                        "(default: pypy3 on the PATH)")
    p.add_argument("--no-pypy", action="store_true",
                   help="leave out the PyPy reference column")
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


def resolve_pypy(pypy):
    """(path, version) of PyPy, or None when it is not installed or broken."""
    path = shutil.which(pypy)
    if path is None:
        return None
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(sys.version.split()[0], "
                         "'.'.join(map(str, sys.pypy_version_info[:3])))"],
            capture_output=True, text=True, check=True, timeout=60).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(out) != 2:
        return path, "?"
    return path, "Python %s, PyPy %s" % (out[0], out[1])


def in_process_time(stderr):
    """The seconds on the last `KRAIT_BENCH_TIME` line of `stderr`, or None."""
    found = None
    for line in stderr.splitlines():
        if line.startswith(TIME_MARK + " "):
            try:
                found = float(line.split()[1])
            except (IndexError, ValueError):
                found = None
    return found


def run(cmd, repeat, timeout, expected=None, label="krait"):
    """Run `cmd` up to `repeat` times; return a Result with the best times
    (wall clock, and in-process when every run printed it).

    With `expected` set, the output must equal it.  A failing run stops the
    repetition: its time would mean nothing."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    best = None
    best_inproc = None
    all_inproc = True
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
                                        "python3", label, lineterm="", n=1)
            return Result("MISMATCH", elapsed, stdout, "\n".join(list(diff)[:20]))
        if best is None or elapsed < best:
            best = elapsed
        inproc = in_process_time(proc.stderr)
        if inproc is None:
            all_inproc = False
        elif best_inproc is None or inproc < best_inproc:
            best_inproc = inproc
    return Result("ok", best, stdout, inproc=best_inproc if all_inproc else None)


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
    pypy = None
    if not (args.no_pypy or args.python_only):
        pypy = resolve_pypy(args.pypy)
    in_process = not args.wall

    print("python3: %s (%s)" % (python, version))
    if configs:
        print("krait:   %s" % krait)
        for name, flags in configs:
            print("  config %-10s %s" % (name, " ".join(flags) or "(no extra arguments)"))
    if pypy:
        print("pypy3:   %s (%s), reference only" % pypy)
    print("best of %d run%s%s" % (args.repeat, "s" * (args.repeat != 1),
                                  ", quick sizes" if args.quick else ""))
    if in_process:
        print("timing: in-proc = the workload's own %s (start-up left out), "
              "wall = whole process" % TIME_MARK)
    else:
        print("timing: wall = whole process, start-up included (--wall)")
    print()

    columns = [name for name, _ in configs] + (["pypy3"] if pypy else [])
    header = "%-18s %-7s %9s" % ("workload", "timing", "python3 s")
    for name in columns:
        header += "  %10s %7s" % (name[:8] + " s", "ratio")
    print(header)
    print("-" * len(header))

    runs = [(name, [krait] + flags, True) for name, flags in configs]
    if pypy:
        runs.append(("pypy3", [pypy[0]], False))
    ratios = {name: [] for name in columns}
    problems = []
    wall_fallback = False
    for workload in names:
        script = os.path.join(WORKLOADS, workload + ".py")
        extra = QUICK_ARGS.get(workload, []) if args.quick else []
        ref = run([python, script] + extra, args.repeat, args.timeout)
        if ref.status != "ok":
            problems.append((workload, "python3", ref, True))
            print("%-18s %-7s %9s" % (workload, "", ref.status), flush=True)
            continue
        use_inproc = in_process and ref.inproc is not None
        row = "%-18s %-7s %9.3f" % (workload, "in-proc" if use_inproc else "wall",
                                    ref.time(use_inproc))
        for name, cmd, counts in runs:
            res = run(cmd + [script] + extra, args.repeat, args.timeout,
                      expected=ref.stdout, label=name)
            if res.status == "ok":
                # like with like: wall time for both if this run lacks the line
                same = use_inproc and res.inproc is not None
                wall_fallback |= same != use_inproc
                ratio = ref.time(same) / res.time(same)
                ratios[name].append(ratio)
                row += "  %10s %7.2f" % ("%.3f%s" % (res.time(same),
                                                    "" if same == use_inproc else "w"),
                                         ratio)
            else:
                problems.append((workload, name, res, counts))
                row += "  %10s %7s" % (res.status, "-")
        print(row, flush=True)

    if columns:
        print("-" * len(header))
        row = "%-18s %-7s %9s" % ("geometric mean", "", "")
        for name in columns:
            if ratios[name]:
                row += "  %10s %7.2f" % ("(%d/%d)" % (len(ratios[name]), len(names)),
                                         geomean(ratios[name]))
            else:
                row += "  %10s %7s" % ("(0/%d)" % len(names), "-")
        print(row)
        print("ratio = python3 s / column s: > 1 means faster than CPython")
        if wall_fallback:
            print("a time ending in w is wall time, for both sides of its ratio "
                  "(that run printed no %s)" % TIME_MARK)

    if problems:
        print()
        print("!" * 72)
        for workload, name, res, counts in problems:
            print("!!! %s: %s under %s%s" % (res.status, workload, name,
                                            "" if counts else " (reference only)"))
            for line in res.detail.split("\n"):
                print("    " + line)
        print("!" * 72)
    return 1 if any(counts for _, _, _, counts in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
