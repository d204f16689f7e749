# (-inf) ** y with a non-integral y is inf (0.0 for y < 0) in CPython, not a
# complex and no error: the negative-base path of float ** (which leaves the
# compiled nest) must not catch infinities.


def run(n, at):
    out = []
    j = 0
    x = 4.0
    for i in range(n):
        for j in range(2):
            if i == at:
                x = x * -1e308 * 1e308
            out.append(x ** 0.5)
            out.append(x ** -0.5)
    return out


print(run(3, 10))
print(run(4, 2))
print((-float("inf")) ** 1.5, (-float("inf")) ** -2.5)
