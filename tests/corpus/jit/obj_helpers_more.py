# Loops that use the less common instructions through the JIT's generic
# helper: slices, f-strings, dicts and sets built in the loop, cells of
# closures, comprehensions, `del` of items and locals.


def slices(n):
    data = list(range(10))
    out = []
    for i in range(n):
        head = data[: i % 5]
        data[1:3] = [i, -i]
        del data[-1:]
        data.append(i)
        out.append((head, data[2:6], data[::3][:2]))
    return out


print(slices(6))


def fstrings(rows):
    out = []
    for name, x in rows:
        out.append(f"{name!r:>8}|{x:08.3f}|{name!a}|{x!s}|{len(name):x}")
    return out


print(fstrings([("a", 1.5), ("bé", -2.25), ("ccc", 1e3)]))


def builds(n):
    acc = []
    for i in range(n):
        d = {"i": i, i: "i", (i, i): [i]}
        s = {i % 3, i % 2, -1}
        acc.append((sorted(d.items(), key=repr), sorted(s), {**d, "x": 0}["x"]))
    return acc


print(builds(4))


def closures(n):
    total = 0

    def bump(k):
        nonlocal total
        total += k
        return total

    seen = []
    for i in range(n):
        seen.append(bump(i))
        total = total * 2 if i % 3 == 0 else total
    return seen, total


print(closures(8))


def cell_unbound(n):
    out = []
    for i in range(n):
        if i == 3:
            try:
                out.append(late)
            except NameError as e:
                out.append(type(e).__name__)
        out.append(i)
    late = 1

    def use():
        return late

    return out, use()


print(cell_unbound(5))


def comprehensions(rows):
    squares = [x * x for x in rows]
    evens = {x for x in rows if x % 2 == 0}
    index = {x: i for i, x in enumerate(rows)}
    nested = [[y * 0.5 for y in range(x)] for x in rows[:4]]
    return squares, sorted(evens), index, nested


print(comprehensions(list(range(9))))


def deletes(n):
    out = []
    d = {k: k * k for k in range(n)}
    for i in range(n):
        tmp = [i] * 3
        if i % 2:
            del tmp
        del d[i]
        try:
            out.append(len(tmp))
        except UnboundLocalError:
            out.append("unbound")
        try:
            del d[i]
        except KeyError as e:
            out.append(("KeyError", e.args))
    return out, d


print(deletes(5))


def slice_errors(items):
    out = []
    for it in items:
        try:
            out.append(it[1:2])
            it[0:1] = 5
        except TypeError as e:
            out.append(str(e))
    return out


print(slice_errors([[1, 2, 3], "abc", (1, 2)]))
