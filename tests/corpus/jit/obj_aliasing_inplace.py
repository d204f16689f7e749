# In-place operators on objects inside compiled loops: aliasing must be
# preserved (list += extends the same list), floats read from a list stay
# unchanged when the list slot is overwritten, and values are not shared
# wrongly between iterations.


def inplace_lists(n):
    rows = [[] for _ in range(3)]
    alias = rows[0]
    for i in range(n):
        rows[i % 3] += [i]
        rows[i % 3] *= 1
    return rows, alias is rows[0], alias


print(inplace_lists(7))


def inplace_tuples(n):
    t = ()
    keep = t
    for i in range(n):
        t += (i,)
    return t, keep


print(inplace_tuples(5))


def read_then_overwrite(lst):
    out = []
    for i in range(len(lst)):
        v = lst[i]
        lst[i] = v * 3
        w = lst[i]
        lst[i] = "x"
        out.append((v, w))
    return out, lst


print(read_then_overwrite([1.5, 2, 2 ** 64, -0.5]))


def shared_row(n):
    row = [0.0] * 3
    grid = []
    for i in range(n):
        row[i % 3] += 1.5
        grid.append(row)
    return grid[0] is grid[-1], grid[0]


print(shared_row(5))


def fresh_rows(n):
    grid = []
    for i in range(n):
        row = [0.0] * 3
        row[i % 3] = i * 1.5
        grid.append(row)
    return grid


print(fresh_rows(4))


def dict_inplace(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
        d[k] *= 2
    return d


print(dict_inplace(["a", "b", "a", 1, 1.0, True, "a"]))


class Acc:
    def __init__(self):
        self.items = []
        self.total = 0

    def __iadd__(self, v):
        self.items.append(v)
        self.total += v
        return self


def obj_iadd(vals):
    a = Acc()
    first = a
    for v in vals:
        a += v
    return a is first, a.total, a.items


print(obj_iadd([1, 2.5, 3, 2 ** 64]))


def attr_inplace(n):
    class P:
        pass

    p = P()
    p.x = 0
    p.s = ""
    p.l = []
    for i in range(n):
        p.x += i * 0.5
        p.s += str(i)
        p.l += [i]
    return p.x, p.s, p.l


print(attr_inplace(6))


def starred(rows):
    out = []
    for r in rows:
        a, *b = r
        *c, d = r
        out.append((a, b, c, d))
    return out


print(starred([(1, 2, 3), [4], "xyz", (5.5, None)]))


def fstrings(items):
    out = []
    for i, x in enumerate(items):
        out.append(f"{i}:{x!r}:{x:>4}" if isinstance(x, str) else f"{i}:{x:.2f}")
    return out


print(fstrings([1, 2.5, "ab", 2 ** 64, -0.125]))


def chained_compare(vals):
    out = []
    for i in range(1, len(vals) - 1):
        out.append(vals[i - 1] < vals[i] <= vals[i + 1])
        out.append(vals[i - 1] == vals[i] != vals[i + 1])
    return out


print(chained_compare([1, 2.0, 2, 3.5, "a"[:0] and 0 or 4, 4.0, 2 ** 64]))
