# Unpacking tuples and lists inside hot loops: compiled code reads an exact
# tuple's or list's items in place when it has the length the target wants,
# and leaves everything else (other lengths, subclasses, other iterables)
# to the runtime, which raises as CPython does.


class Pair(tuple):
    pass


def pairs(n):
    pts = [(i, i * 0.5) for i in range(10)]
    sx = 0
    sy = 0.0
    for k in range(n):
        x, y = pts[k % 10]
        sx += x
        sy += y
    return sx, sy


def triples_and_lists(n):
    rows = [[1, 2, 3], [4, 5, 6], (7, 8, 9)]
    t = 0
    for k in range(n):
        a, b, c = rows[k % 3]
        t += a * 100 + b * 10 + c
    return t


def nested(n):
    bodies = [([1.0, 2.0, 3.0], (0.5, 0.25), 2), ([4.0, 5.0, 6.0], (1.5, 1.25), 3)]
    acc = 0.0
    for k in range(n):
        for (r, (vx, vy), m) in bodies:
            x, y, z = r
            acc += (x + y + z) * m + vx - vy
            r[0] = x + 0.001
    return round(acc, 6), bodies[0][0][0] > 1.0


def subclass_and_others(n):
    items = [Pair((1, 2)), (3, 4), [5, 6], "ab", range(7, 9)]
    out = []
    for k in range(n):
        a, b = items[k % 5]
        if k < 5:
            out.append((a, b))
    return out


def wrong_length(n):
    rows = [(1, 2), (3, 4), (5, 6, 7)]
    s = 0
    try:
        for k in range(n):
            a, b = rows[k % 3]
            s += a + b
    except ValueError as e:
        return s, k, str(e)


def too_few(n):
    rows = [[1, 2, 3]] * 5 + [[1, 2]]
    s = 0
    try:
        for k in range(n):
            a, b, c = rows[k % 6]
            s += c
    except ValueError as e:
        return s, k, str(e)


def shrinking(n):
    lst = [1, 2]
    s = 0
    for k in range(n):
        try:
            a, b = lst
            s += a + b
        except ValueError:
            s -= 1
        if k % 7 == 0:
            lst.append(k)
        elif len(lst) > 2:
            lst.pop()
    return s


print(pairs(250))
print(triples_and_lists(150))
print(nested(100))
print(subclass_and_others(150))
print(wrong_length(100))
print(too_few(100))
print(shrinking(150))
