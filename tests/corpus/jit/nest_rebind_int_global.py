# A global named `int` defined after the function was compiled (at module
# level, between calls) and from inside a nest after some iterations (on its
# main path and on a break path): int() in the nest then calls it; deleting
# the global brings back the builtin.


class Loud:
    n = 0


def my_int(x):
    Loud.n += 1
    return round(x) + 1000


def run(n):
    total = 0
    j = 0
    for i in range(n):
        for j in range(3):
            total += int(i * 0.6 + j)
    return total


def run_switch(n, at):
    global int
    total = 0
    j = 0
    for i in range(n):
        for j in range(2):
            total += int(i * 0.5)
        if i == at:
            int = my_int
    return total


def run_break(reps, n, at):
    global int
    total = 0
    i = j = 0
    f = my_int
    for rep in [0] * reps:
        for i in range(n):
            for j in range(2):
                total += int(i * 0.5 + rep)
            if i == at:
                int = f
                break
    return total, i, j


print(run(100), run(3000))
int = my_int
print(run(100), Loud.n)
del int
print(run(100), Loud.n)
print(run_switch(200, 5000), Loud.n)
print(run_switch(200, 150), Loud.n)
print(run(10), Loud.n)
del int
print(run(10), run_switch(30, 1000), Loud.n)
print(run_break(3, 100, 1000), Loud.n)
print(run_break(3, 100, 60), Loud.n)
del int
print(run_break(3, 100, 1000), run(5), Loud.n)
