# sys._getframe() and tracebacks captured inside compiled loops: the line
# numbers in tracebacks must be the ones of the failing instruction, and
# locals() must show the current values of every local.

import sys


def frame_lines(n):
    # the running frame's code and its caller's, read in every iteration
    out = []
    for i in range(n):
        f = sys._getframe()
        out.append((i, f.f_code.co_name, sys._getframe(1).f_code.co_name))
        if i % 2:
            out.append(f.f_code is frame_lines.__code__)
    return out


print(frame_lines(4))


def locals_in_loop(n):
    snaps = []
    acc = 0
    for i in range(n):
        acc += i * 1.5
        obj = [i]
        loc = locals()
        snaps.append((loc["i"], loc["acc"], loc["obj"]))
    return snaps


print(locals_in_loop(3))


def caller_line():
    f = sys._getframe(1)
    return f.f_code.co_name, sys._getframe().f_code.co_name


def calls_in_loop(items):
    out = []
    for x in items:
        out.append(caller_line())
        if x:
            out.append(caller_line())
    return out


print(calls_in_loop([0, 1, "a"]))


def tb_lines(rows):
    out = []
    for r in rows:
        try:
            a = r[0]
            b = a / r[1]
            c = b.real + r[2].imag
            out.append(c)
        except Exception as e:
            tb = e.__traceback__
            out.append((type(e).__name__, tb.tb_lineno - tb_lines.__code__.co_firstlineno))
    return out


print(tb_lines([(1, 2, 3j), (), (1, 0, 0), (1, 2), (1, 2, None), ("a", 1, 0), (4, 4, 1)]))


def helper(x):
    if x == 5:
        x = None
    return x["k"]


def tb_depth(items):
    out = []
    for it in items:
        try:
            if it == 6:
                it = {"k": helper({})}
            out.append(helper(it))
        except (KeyError, TypeError) as e:
            tb = e.__traceback__
            depth = 0
            lines = []
            while tb is not None:
                depth += 1
                code = tb.tb_frame.f_code
                lines.append((code.co_name, tb.tb_lineno - code.co_firstlineno))
                tb = tb.tb_next
            out.append((type(e).__name__, depth, lines))
    return out


print(tb_depth([{"k": 1}, {}, 5, 6, {"k": [2]}]))


def raise_after_frames(n):
    f = None
    for i in range(n):
        f = sys._getframe()
        if i == n - 1:
            return f.f_code.co_name, sorted(locals())


print(raise_after_frames(3))
