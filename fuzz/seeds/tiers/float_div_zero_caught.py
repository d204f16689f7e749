# Float division by 0.0 and -0.0 (and int zero) from compiled loops,
# caught; division by NaN and inf does not raise.


def divide_all(num, dens):
    out = []
    i = 0
    for d in dens:
        try:
            out.append(num / d)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


def walk_to_zero(x, step):
    q = 0.0
    try:
        while True:
            q = 1.0 / x
            x -= step
    except ZeroDivisionError as e:
        return "stopped", str(e), x, q


nan = float("nan")
inf = float("inf")
print(divide_all(1.0, [2.0, 0.0, -0.0, nan, inf, -inf, 0, 4]))
print(divide_all(0.0, [1.0, -1.0, 0.0]))
print(walk_to_zero(2.0, 0.5), walk_to_zero(-1.0, -0.25))
print(walk_to_zero(3, 1))


def neg_zero_divisor(n):
    d = 1.0
    q = 0.0
    i = 0
    try:
        while i < n:
            q = 5.0 / d
            d = -(d * 0.0)
            i += 1
    except ZeroDivisionError as e:
        return str(e), i, d, q
    return "no error", i, d, q


print(neg_zero_divisor(1), neg_zero_divisor(5))
