#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance corpus by running CPython.

Every program `tests/corpus/<area>/<name>.py` gets:
  <name>.out  -- exactly what CPython printed on stdout;
  <name>.err  -- only when CPython exited non-zero: "exit=<status>" on the first
                 line and the last line of stderr (the exception type and message)
                 on the second.

Programs run with the corpus area as the working directory, PYTHONHASHSEED=0 and
PYTHONIOENCODING=utf-8, the same environment the krait test runner uses.

Usage:  python3 tests/gen_expected.py [paths or name filters...]
        python3 tests/gen_expected.py --check     (report programs whose output
                                                   varies between two hash seeds)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def programs(filters):
    for root, _dirs, files in sorted(os.walk(CORPUS)):
        for f in sorted(files):
            if not f.endswith(".py") or f.startswith("_"):
                continue
            path = os.path.join(root, f)
            if filters and not any(x in path for x in filters):
                continue
            # helper modules imported by corpus programs live in `mods/` folders
            if os.sep + "mods" + os.sep in path:
                continue
            yield path


def run(path, seed="0"):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    p = subprocess.run(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(path),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
    )
    return p.returncode, p.stdout, p.stderr


def last_line(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def main():
    args = sys.argv[1:]
    check = "--check" in args
    filters = [a for a in args if not a.startswith("--")]
    n = 0
    for path in programs(filters):
        code, out, err = run(path)
        base = path[:-3]
        if check:
            code2, out2, err2 = run(path, seed="12345")
            if (code, out, last_line(err)) != (code2, out2, last_line(err2)):
                print("NONDETERMINISTIC:", path)
            continue
        with open(base + ".out", "wb") as f:
            f.write(out)
        if code != 0:
            with open(base + ".err", "w") as f:
                f.write("exit=%d\n%s\n" % (code, last_line(err)))
        elif os.path.exists(base + ".err"):
            os.remove(base + ".err")
        n += 1
    if not check:
        print("regenerated %d programs" % n)


if __name__ == "__main__":
    main()
