# builtins.range replaced (import builtins) between calls of a compiled nest
# and from a break path inside one, then deleted and restored: the module has
# no global `range`, so each range() call sees builtins' current value,
# exactly as in CPython. Same for builtins.int.
import builtins

renl_range = builtins.range
real_int = builtins.int
seen = [0]


def short_range(*args):
    seen[0] += 1
    r = real_range(*args)
    return r[: len(r) // 2]


def run(n):
    total = 0
    j = 0
    for i in range(n):
        for j in range(i % 10):
            total += j + 1
    return total


def run_break(reps, n, at):
    total = 0
    i = j = 0
    for rep in real_range(reps):
        for i in range(n):
            for j in range(i % 10):
                total += j + 1
            if rep == 1 and i == at:
                builtins.range = short_range
                break
    return total, i, j


def int_swap(reps, n, at):
    total = 0
    i = j = 0
    for rep in real_range(reps):
        for i in range(n):
            for j in range(3):
                total += int(i * 1.5)
            if rep == 0 and i == at:
                builtins.int = lambda x: -1
                break
    return total


print(run(100), seen)
builtins.range = short_range
print(run(100), seen)
builtins.range = real_range
print(run(1000), seen)
print(run_break(3, 100, 50), seen)
builtins.range = real_range
print(run_break(3, 100, 500), seen)
print(int_swap(3, 100, 1000), int_swap(3, 100, 30))
builtins.int = real_int
print(int_swap(3, 100, 1000), int(2.5))
del builtins.range
try:
    run(100)
except NameError as e:
    print("NameError:", e)
builtins.range = real_range
print(run(100), seen)
