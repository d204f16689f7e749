# `is`, `is not`, `in`, `not in`, `x is None` tests on objects and `while obj:`
# loops driven by the truthiness of lists, dicts, strs and user objects.


def none_filter(items):
    kept = []
    nones = 0
    for x in items:
        if x is None:
            nones += 1
            continue
        if x is not None:
            kept.append(x)
    return kept, nones


print(none_filter([1, None, "a", None, 0, [], 2.5, None]))


SENTINEL = object()


def identity_loop(items):
    same = 0
    first = items[0]
    for x in items:
        if x is first:
            same += 1
        if x is SENTINEL:
            same += 100
        if x is True or x is False:
            same += 1000
    return same


lst = [1, 2]
print(identity_loop([lst, lst, [1, 2], SENTINEL, True, 1, False, lst]))


def membership(probes, containers):
    out = []
    for c in containers:
        hits = 0
        for p in probes:
            if p in c:
                hits += 1
            if p not in c:
                hits -= 1
        out.append(hits)
    return out


print(membership([1, 2.0, "a", (1, 2), None],
                 [[1, 2], (2, None), {"a": 0, 1: 1}, {(1, 2), 1.0}, range(3)]))


def substr_count(text, words):
    found = []
    for w in words:
        if w in text:
            found.append(w)
    return found


print(substr_count("the quick brown fox", ["quick", "slow", "", "fox", "x b"]))


def drain(stack):
    popped = []
    while stack:
        popped.append(stack.pop())
    return popped, stack


print(drain([1, "two", 3.0, None, []]))


def drain_dict(d):
    out = []
    while d:
        k = min(d)
        out.append((k, d.pop(k)))
    return out


print(drain_dict({3: "c", 1: "a", 2: "b"}))


def shrink_str(s):
    parts = []
    while s:
        parts.append(s)
        s = s[1:]
    return parts


print(shrink_str("abcd"))


class Budget:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def while_obj(b):
    steps = 0
    while b:
        b.n -= 2
        steps += 1
    return steps, b.n


print(while_obj(Budget(7)), while_obj(Budget(0)), while_obj(Sized(6)))
try:
    while_obj(Sized(5))
except ValueError as e:
    print("ValueError", e)


def while_not(items):
    count = 0
    while not items or len(items) < 5:
        items = items + [count]
        count += 1
    return count, items


print(while_not([]), while_not([1, 2, 3]))


def truth_table(values):
    out = []
    for v in values:
        out.append("T" if v else "F")
        out.append(bool(v) and not v)
    return "".join(x if isinstance(x, str) else str(int(x)) for x in out)


print(truth_table([0, 1, 0.0, -0.0, 2.5, "", "a", [], [0], (), {}, None, 2 ** 80, Budget(1), Budget(-1)]))


def dedupe(items):
    seen = []
    out = []
    for x in items:
        if x not in seen:
            seen.append(x)
            out.append(x)
    return out


print(dedupe([1, 1.0, True, "1", 2, [2], [2], None, None, 0, False]))
