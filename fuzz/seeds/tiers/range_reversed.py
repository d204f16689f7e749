# for loops over reversed(range(...)) (a range iterator with a negated
# step) and over ranges whose step does not divide the span.


def walk(it):
    s = 0
    n = 0
    v = 0
    for v in it:
        s = s * 3 + v
        n += 1
    return s, n, v


print(walk(reversed(range(10))), walk(reversed(range(0, 30, 7))))
print(walk(reversed(range(10, -10, -3))), walk(reversed(range(0))))
print(walk(reversed(range(2 ** 62 - 4, 2 ** 62 + 2))))
print(walk(iter(range(-5, 6, 2))), walk(reversed(range(-(2 ** 62), -(2 ** 62) + 3))))
r = reversed(range(20))
for v in r:
    if v == 12:
        break
print(walk(r))
