# A try/except inside the loop body: the division raises on some
# iterations, the handler runs, and the loop goes on (re-entering compiled
# code after each exit).


def safe_sum(n, period):
    total = 0
    errors = 0
    for i in range(n):
        try:
            total += 1000 // (i % period)
        except ZeroDivisionError:
            errors += 1
            total -= 1
    return total, errors


def safe_while(n):
    total = 0.0
    errs = 0
    i = -n
    while i < n:
        try:
            total += 1.0 / i
        except ZeroDivisionError:
            errs += 1
        i += 1
    return total, errs


print(safe_sum(100, 7))
print(safe_sum(10_000, 10))
print(safe_sum(5, 1))
print(safe_while(50))
