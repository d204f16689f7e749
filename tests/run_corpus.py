#!/usr/bin/env python3
"""Runs the conformance corpus through krait and reports differences.

Usage: python3 tests/run_corpus.py [--krait PATH] [--args "-X ..."] [-v] [filters...]
Compares stdout with <name>.out and, for failing programs, the exit status and
the last stderr line with <name>.err (see gen_expected.py). Exit status 1 if
any program differs.
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_expected import programs, last_line  # noqa: E402


def run_one(krait, extra, path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run([krait] + extra + [os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        return path, "TIMEOUT", ""
    base = path[:-3]
    with open(base + ".out", "rb") as f:
        want_out = f.read()
    want_code, want_last = 0, None
    if os.path.exists(base + ".err"):
        with open(base + ".err") as f:
            lines = f.read().split("\n")
        want_code = int(lines[0].split("=")[1])
        want_last = lines[1] if len(lines) > 1 else ""
    problems = []
    if p.stdout != want_out:
        problems.append("stdout differs")
    if p.returncode != want_code:
        problems.append("exit %d, want %d" % (p.returncode, want_code))
    if want_last is not None and last_line(p.stderr) != want_last:
        problems.append("stderr %r, want %r" % (last_line(p.stderr), want_last))
    if p.returncode < 0 or b"panicked" in p.stderr:
        problems.append("CRASH")
    detail = ""
    if problems:
        got = p.stdout.decode("utf-8", "replace").splitlines()
        want = want_out.decode("utf-8", "replace").splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<missing>"
            w = want[i] if i < len(want) else "<missing>"
            if g != w:
                detail = "line %d: got %r want %r" % (i + 1, g[:200], w[:200])
                break
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        if err:
            detail += " | stderr: " + err[-1][:300]
    return path, "; ".join(problems), detail


def main():
    args = sys.argv[1:]
    krait = os.path.join(HERE, "..", "target", "debug", "krait")
    extra = []
    verbose = False
    filters = []
    i = 0
    while i < len(args):
        if args[i] == "--krait":
            krait = args[i + 1]; i += 2; continue
        if args[i] == "--args":
            extra = args[i + 1].split(); i += 2; continue
        if args[i] == "-v":
            verbose = True; i += 1; continue
        filters.append(args[i]); i += 1
    krait = os.path.abspath(krait)
    progs = list(programs(filters))
    with ThreadPoolExecutor(max_workers=4) as ex:
        results = list(ex.map(lambda p: run_one(krait, extra, p), progs))
    failed = [r for r in results if r[1]]
    for path, prob, detail in failed:
        rel = os.path.relpath(path, HERE)
        print("FAIL %s: %s" % (rel, prob))
        if verbose and detail:
            print("     " + detail)
    print("%d/%d passed" % (len(results) - len(failed), len(results)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
