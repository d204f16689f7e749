# Another thread rebinds `range` (a new module global, then builtins.range)
# and defines a global `int` while a nest runs in the main thread: the nest
# sees each change by its next outer iteration and stops; a change to an
# unrelated global does not change its results.
import builtins
import threading
import time

real_range = builtins.range
LIMIT = 3_000_000_000


def long_range(*args):
    return real_range(args[0] + 1)


def spin_range():
    limit = LIMIT
    n = 0
    c = 3
    j = 0
    while n < limit:
        c = 0
        for j in range(3):
            c += 1
        n += 1
        if c != 3:
            break
    return c, j


def spin_int():
    limit = LIMIT
    n = 0
    c = 0
    j = 0
    while n < limit:
        c = 0
        for j in range(3):
            c += int(j * 1.5)
        n += 1
        if c != 4:
            break
    # the new int may take over in the middle of an inner loop
    return c in (8, 14, 21), j


def after(delay, action):
    def body():
        time.sleep(delay)
        action()
    t = threading.Thread(target=body)
    t.start()
    return t


def set_global_range():
    globals()["range"] = long_range


def set_builtin_range():
    builtins.range = long_range


def set_global_int():
    globals()["int"] = lambda x: 7


def unrelated(n):
    total = 0
    j = 0
    for i in real_range(n):
        for j in range(i % 4):
            total += j
    return total


t = after(0.05, set_global_range)
print("global range:", spin_range())
t.join()
del globals()["range"]
print("restored:", unrelated(1000))

t = after(0.05, set_builtin_range)
print("builtins.range:", spin_range())
t.join()
builtins.range = real_range

t = after(0.05, set_global_int)
print("global int:", spin_int())
t.join()
del globals()["int"]
print("int restored:", int(2.9))

t = after(0.01, lambda: globals().__setitem__("unrelated_name", 1))
print("unrelated:", unrelated(300_000))
t.join()
print(unrelated_name, unrelated(1000))
