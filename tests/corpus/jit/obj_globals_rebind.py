# Globals and builtins rebound or deleted while a compiled loop runs: every
# LOAD_GLOBAL sees the current binding at once.

import sys

SCALE = 2
table = [1, 2, 3]


def set_scale(v):
    global SCALE
    SCALE = v


def use_scale(n):
    out = []
    for i in range(n):
        out.append(i * SCALE)
        if i == 3:
            set_scale(2.5)
        elif i == 5:
            set_scale("ab")
        elif i == 7:
            set_scale([0])
    return out


print(use_scale(9))
SCALE = 2


def replace_table(n):
    global table
    s = 0
    for i in range(n):
        s += table[i % len(table)]
        if i == 4:
            table = [10, 20]
        if i == 8:
            table = (100,)
    return s, table


print(replace_table(12))

flag = 1


def drop_flag():
    global flag
    del flag


def deleted_global(n):
    seen = []
    for i in range(n):
        try:
            seen.append(flag)
        except NameError as e:
            seen.append(str(e))
            globals()["flag"] = i
        if i == 2:
            drop_flag()
    return seen


print(deleted_global(7))


def rebind_builtin_len(n):
    builtins = sys.modules["builtins"]
    out = []
    orig = builtins.len
    try:
        for i in range(n):
            out.append(len("abcd"))
            if i == 2:
                builtins.len = lambda s: -1
            if i == 4:
                globals()["len"] = lambda s: "g"
            if i == 6:
                del globals()["len"]
            if i == 7:
                builtins.len = orig
    finally:
        builtins.len = orig
        globals().pop("len", None)
    return out


print(rebind_builtin_len(10))


def shadow_abs(n):
    out = []
    for i in range(-n, n):
        out.append(abs(i))
        if i == 0:
            globals()["abs"] = lambda v: v * 10
    del globals()["abs"]
    return out


print(shadow_abs(3))
print(abs(-4))


def global_class_swap(n):
    global Kind
    out = []
    for i in range(n):
        out.append(Kind(i))
        if i == 2:
            Kind = str
        elif i == 4:
            Kind = float
    return out


Kind = int
print(global_class_swap(6))

counter = 0


def incr():
    global counter
    counter += 1
    return counter


def loop_sees_counter(n):
    total = 0
    for _ in range(n):
        incr()
        total += counter
    return total, counter


print(loop_sees_counter(10))
