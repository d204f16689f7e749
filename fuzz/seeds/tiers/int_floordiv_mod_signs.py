# // and % in a compiled loop for every sign combination, checked against
# the identity a == (a // b) * b + a % b and the sign of the remainder.


def table(values, divisors):
    rows = []
    for a in values:
        for b in divisors:
            q = 0
            r = 0
            i = 0
            while i < 3:
                q = a // b
                r = a % b
                i += 1
            rows.append((a, b, q, r, q * b + r == a, r == 0 or (r < 0) == (b < 0)))
    return rows


vals = [7, -7, 0, 1, -1, 6, -6, 2 ** 61 + 3, -(2 ** 61) - 3, 2 ** 62 - 1, -(2 ** 62)]
divs = [2, -2, 3, -3, 7, -7, 1, 2 ** 40 + 1, -(2 ** 40) - 1, 2 ** 62 - 1]
bad = 0
for row in table(vals, divs):
    if not (row[4] and row[5]):
        bad += 1
    print(*row[:4])
print("bad", bad)


def sum_mods(n, m):
    s = 0
    for i in range(-n, n):
        s += i % m + i // m
    return s

print(sum_mods(1000, 7), sum_mods(1000, -7), sum_mods(999, 13))
