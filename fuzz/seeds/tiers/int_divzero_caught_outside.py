# ZeroDivisionError raised from inside a compiled loop and caught by a try
# around the loop: the loop's locals are current when the handler runs.


def run(op, zero_at):
    total = 0
    ftotal = 0.0
    i = 0
    d = 0
    try:
        while i < 10:
            d = zero_at - i
            if op == 0:
                total += 100 // d
            elif op == 1:
                total += 100 % d
            else:
                ftotal += 100 / d
            i += 1
    except ZeroDivisionError as e:
        return "caught", str(e), i, d, total, ftotal
    return "done", i, total, ftotal


for op in (0, 1, 2):
    print(run(op, 5))
    print(run(op, 0))
    print(run(op, 20))


def in_for(n):
    acc = 0
    try:
        for k in range(n, -n, -1):
            acc += 1000 // k
    except ZeroDivisionError as e:
        print("for loop:", e, k, acc)

in_for(4)
