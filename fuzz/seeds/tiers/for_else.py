# for ... else and while ... else around compiled loops: the else runs only
# when the loop was not left by break.


def first_multiple(n, m):
    for i in range(1, n):
        if i % m == 0:
            break
    else:
        return "none below", n, i if n > 1 else None
    return "found", i


def while_else(limit, stop):
    i = 0
    total = 0
    while i < limit:
        total += i
        if total > stop:
            break
        i += 1
    else:
        return "exhausted", i, total
    return "broke", i, total


print(first_multiple(100, 7), first_multiple(5, 7), first_multiple(1, 7))
print(first_multiple(100, 1), first_multiple(10 ** 6, 99_991))
print(while_else(10, 1000), while_else(10, 20), while_else(0, 0))
print(while_else(100_000, 10 ** 9))
