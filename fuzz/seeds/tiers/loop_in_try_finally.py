# Compiled loops inside try/finally: finally runs after normal completion,
# after return from inside the loop, and after an exception in the loop.


def run(n, stop, fail):
    log = []
    total = 0
    try:
        for i in range(n):
            total += i
            if i == stop:
                return "returned", total, log
            if i == fail:
                total += 1 // (i - fail)
    finally:
        log.append(("finally", total))
    return "completed", total, log


print(run(10, 100, 100))
print(run(10, 4, 100))
try:
    run(10, 100, 6)
except ZeroDivisionError as e:
    print("error:", e)


def nested_finally(n):
    out = []
    i = 0
    while i < n:
        try:
            j = 0
            while j < i:
                j += 1
        finally:
            out.append(j)
        i += 1
    return out

print(nested_finally(6))
