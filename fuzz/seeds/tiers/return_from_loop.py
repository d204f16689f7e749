# return from inside compiled loops in functions (for, while, nested), with
# values of every unboxed type.


def find(n, target):
    for i in range(n):
        if i * i >= target:
            return i
    return -1


def first_float(limit):
    x = 1.0
    while True:
        x = x * 1.5
        if x > limit:
            return x


def flag_after(n):
    flag = False
    i = 0
    while i < n:
        flag = not flag
        if i == 7:
            return flag, i
        i += 1
    return flag, i


def nested(n):
    for a in range(n):
        for b in range(n):
            if a * b == 12:
                return a, b
    return None


print(find(100, 50), find(10 ** 6, 10 ** 10), find(5, 100), find(0, 1))
print(first_float(100.0), first_float(1e300))
print(flag_after(5), flag_after(100))
print(nested(10), nested(3))
