# A negative shift count raises ValueError from inside a compiled loop;
# caught around and inside the loop, with the locals current at the raise.


def around(x, start):
    k = start
    try:
        while True:
            x = (x << k) >> 1
            k -= 1
    except ValueError as e:
        return str(e), k, x


def inside(n):
    total = 0
    errs = 0
    for i in range(n):
        try:
            total += (1 << (i - 3)) if i % 2 else (1024 >> (i - 5))
        except ValueError:
            errs += 1
    return total, errs


print(around(1, 3))
print(around(-5, 2))
print(inside(12))
print(inside(200) == inside(200), inside(200)[1])
