# float ** overflowing raises OverflowError (34, 'Numerical result out of
# range') from inside a nest; an exponent that overflows to inf via a base
# of inf does not raise.


def grow(n, base):
    acc = 0.0
    e = 0.0
    i = j = -1
    try:
        for i in range(n):
            for j in range(5):
                e = i * 10.0 + j
                acc += base ** e
    except OverflowError as err:
        print("OverflowError:", err.args, "at", i, j, e)
    return acc


def inf_base(n):
    out = []
    x = 1e300
    for i in range(n):
        for j in range(2):
            x = x * 1e5
        out.append(x ** 2.0)
    return out


print(grow(3, 10.0))
print(grow(100, 10.0))
print(grow(100, 10))
print(grow(100, 0.5))
print(inf_base(3))
print(10.0 ** 308, 10 ** 308.0 > 1e307)
