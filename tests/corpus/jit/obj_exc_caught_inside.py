# Helpers that raise inside a compiled loop, caught by try/except in the
# loop body: the loop goes on after each handler with its locals intact.


class Box:
    def __init__(self, v):
        self.v = v


def index_errors(lst, n):
    hits = 0
    misses = 0
    s = 0
    for i in range(n):
        try:
            s += lst[i * 3]
            hits += 1
        except IndexError as e:
            misses += 1
            last = str(e)
    return s, hits, misses, last


def key_errors(d, keys):
    found = []
    for k in keys:
        try:
            found.append(d[k])
        except KeyError as e:
            found.append(("missing", e.args[0]))
    return found


def zero_divs(nums, dens):
    out = []
    for i in range(len(nums)):
        a = nums[i]
        b = dens[i]
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            out.append(a // b)
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
        try:
            out.append(a % b)
        except ZeroDivisionError:
            out.append("mod0")
    return out


def type_errors(values):
    out = []
    for v in values:
        try:
            out.append(v + 1)
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(-v)
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(v < 3)
        except TypeError as e:
            out.append(str(e))
    return out


def attr_errors(objs):
    out = []
    for o in objs:
        try:
            out.append(o.v)
            o.v = o.v + 1
        except AttributeError as e:
            out.append(str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


def unpack_errors(rows):
    out = []
    for r in rows:
        try:
            a, b = r
            out.append(a * b)
        except ValueError as e:
            out.append(str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


def method_errors(items):
    n = 0
    for it in items:
        try:
            it.append(n)
            n += 1
        except AttributeError as e:
            n += 100
            msg = e.args[0]
    return n, msg


def in_errors(containers):
    out = []
    for c in containers:
        try:
            out.append(2 in c)
        except TypeError as e:
            out.append(str(e))
    return out


def finally_counts(lst):
    tries = 0
    fins = 0
    for i in range(len(lst) + 2):
        try:
            tries += 1
            x = lst[i]
            if x == 0:
                continue
            if x < 0:
                break
        except IndexError:
            tries += 1000
        finally:
            fins += 1
    return tries, fins


print(index_errors([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6))
print(key_errors({"a": 1, 2: "two", (1, 2): [3]}, ["a", "b", 2, 3, (1, 2), (2, 1)]))
print(zero_divs([7, 7.5, 2 ** 70, -3, 1], [2, 0, 0, 0.0, 3]))
print(type_errors([1, 2.5, "s", None, [1], 4]))
b = Box(1)
print(attr_errors([b, Box(2.5), 3, b, "x", Box("s")]), b.v)
print(unpack_errors([(2, 3), [4, 5], (1, 2, 3), "ab", (1,), 7, (2.5, 2)]))
print(method_errors([[], [], (), [], "s", []]))
print(in_errors([[1, 2], (3,), 5, {2: 1}, "abc", None, range(3)]))
print(finally_counts([1, 0, 2, 0, 3]))
print(finally_counts([1, 0, -1, 5]))
