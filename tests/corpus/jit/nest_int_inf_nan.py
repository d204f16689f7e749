# int() of inf and nan inside a nest raises (OverflowError / ValueError),
# caught outside the nest; int() of floats beyond 2**63 gives big ints in the
# same loop before the raise.


def overflow_to_inf(n):
    out = []
    x = 1.0
    i = j = -1
    try:
        for i in range(n):
            for j in range(3):
                x = x * 1e5
                out.append(int(x) % 1000003)
    except OverflowError as e:
        print("OverflowError:", e, "at", i, j, x)
    return len(out), out[-3:]


def nan_in_nest(n, at):
    c = 0
    y = 0.0
    i = j = -1
    try:
        for i in range(n):
            for j in range(i):
                y = j * 1.5
                if i == at and j == 2:
                    y = y * 1e308 * 1e308
                    y = y - y
                c += int(y)
    except ValueError as e:
        print("ValueError:", e, "at", i, j, y)
    return c


def big_floats(n):
    out = []
    x = 2.0**60
    for i in range(n):
        for j in range(2):
            x = x * 2.0
        out.append(int(x))
        out.append(int(-x))
    return out


print(overflow_to_inf(10))
print(overflow_to_inf(200))
print(nan_in_nest(10, 100), nan_in_nest(10, 6))
print(big_floats(4))
print(sum(big_floats(200)) == 0, big_floats(30)[-2].bit_length())
