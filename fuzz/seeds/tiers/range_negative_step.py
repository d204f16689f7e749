# Ranges with negative steps, empty ranges and step sizes other than 1.


def collect(start, stop, step):
    s = 0
    count = 0
    last = None
    for i in range(start, stop, step):
        s += i * count
        count += 1
        last = i
    return s, count, last


for args in (
    (10, 0, -1),
    (10, 0, -3),
    (0, 10, -1),
    (-5, -20, -4),
    (5, -5, -2),
    (0, 0, -1),
    (100, 99, -1),
    (1, 100, 7),
    (-100, 100, 33),
):
    print(args, collect(*args))


def countdown(n):
    out = 0
    for i in range(n, -1, -1):
        out = out * 2 + i % 2
    return out

print(countdown(20), countdown(63), countdown(64))
