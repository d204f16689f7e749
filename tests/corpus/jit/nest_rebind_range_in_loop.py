# A module-level `range = my_range` assigned from inside a loop body (via a
# global statement) after some iterations: the next range() call reads the
# new global, exactly as in CPython; deleting it restores the builtin. The
# assignment sits both on the loop's main path and on a break path.
import builtins

calls = []


def my_range(*args):
    calls.append(args)
    return builtins.range(*args)


def run(n, switch_at):
    global range
    total = 0
    j = 0
    replacement = my_range
    for i in range(n):
        for j in range(i % 7):
            total += j * i
        if i == switch_at:
            range = replacement
    return total


def run_break(reps, n, switch_at):
    global range
    total = 0
    i = j = 0
    replacement = my_range
    for rep in builtins.range(reps):
        for i in range(n):
            for j in range(i % 5):
                total += j + rep
            if rep == 1 and i == switch_at:
                range = replacement
                break
    return total, i, j


def restore():
    global range
    del range


print(run(50, 1000), len(calls))
print(run(50, 20), len(calls), calls[:3], calls[-1])
print(run(50, 20), len(calls))
restore()
calls.clear()
print(run(500, 1000), len(calls))
print(run(500, 400), len(calls), calls[-2:])
restore()
print(run(10, 1000), len(calls))
calls.clear()
print(run_break(4, 300, 100), len(calls), calls[:2])
restore()
print(run_break(4, 300, 100), len(calls))
restore()
print(run(10, 1000), len(calls))
