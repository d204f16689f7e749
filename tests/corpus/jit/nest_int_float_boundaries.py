# int() of floats doubling past 2**62, 2**63 and 2**64 inside a nest (the
# results past 63 bits are big ints), of negatives (truncation toward zero)
# and of the largest float below 2**63.


def doubling(start, n):
    out = []
    j = 0
    x = start
    for i in range(n):
        for j in range(3):
            x = x * 2.0
            out.append(int(x))
            out.append(int(-x))
    return out


def around(n):
    out = []
    j = 0
    below = 9223372036854774784.0
    c1 = 9223372036854774000
    c2 = 9223372036854775000
    for i in range(n):
        for j in range(2):
            out.append(int(below) - c1)
            out.append(int(-below - 1024.0) + c2)
            out.append(int(i / -3.0))
            out.append(int((j - i) * 0.4))
    return out


r = doubling(2.0**60 * 0.75, 3)
print(r)
print([type(v).__name__ for v in r], [v.bit_length() for v in r[::2]])
print(around(3))
print(sum(around(1000)))
