# Builtins that read the running frame's locals, called inside a compiled
# loop: locals(), eval(), dir() and vars() must see the current value of
# every local, including the int and float locals the loop keeps unboxed.


def ints(n):
    acc = 0
    out = []
    for i in range(n):
        acc += i
        out.append((locals()["i"], locals()["acc"], eval("i * 100 + acc")))
    return out


print(ints(5))


def floats(n):
    x = 0.5
    out = []
    for i in range(n):
        x = x * 2
        out.append(eval("x + i"))
    return out


print(floats(5))


def mixed(items):
    total = 0
    count = 0
    out = []
    for v in items:
        total += v
        count += 1
        snap = vars()
        out.append((snap["count"], snap["total"], snap["v"]))
    return out


print(mixed([1, 2.5, 3, 2 ** 64, -1.5]))


def while_loop(n):
    i = 0
    y = 1.0
    seen = []
    while i < n:
        i += 1
        y /= 2
        seen.append(eval("(i, y)"))
    return seen


print(while_loop(4))


def dir_after_bind(n):
    out = []
    for i in range(n):
        if i == 2:
            late = i
        if i == 4:
            del late
        out.append("late" in dir())
    return out


print(dir_after_bind(6))


def eval_then_exit(n):
    # the last iterations leave the loop through a failing guard
    acc = 0
    out = []
    for i in range(n):
        acc = acc + (i if i < 3 else i * 0.5)
        out.append(eval("acc"))
    return out


print(eval_then_exit(6))
