# One iterator shared by nested loops, and next(it) called inside a
# `for x in it` loop over the same iterator: over a range iterator, a list
# iterator, a str iterator and a generator.


def nested_shared(seq):
    it = iter(seq)
    out = []
    for x in it:
        group = [x]
        for y in it:
            group.append(y)
            if len(group) == 3:
                break
        out.append(group)
    return out


print(nested_shared(range(10)))
print(nested_shared(list(range(10, 18))))
print(nested_shared("abcdefg"))
print(nested_shared(x * 1.5 for x in range(7)))


def next_inside(seq):
    it = iter(seq)
    pairs = []
    for x in it:
        try:
            y = next(it)
        except StopIteration:
            y = None
        pairs.append((x, y))
    return pairs


print(next_inside(range(7)))
print(next_inside(range(3, 20, 4)))
print(next_inside([1.5, "a", None, 2 ** 65, (1,)]))
print(next_inside("xyz"))


def next_default(seq):
    it = iter(seq)
    total = 0
    for x in it:
        total += x * next(it, 100)
    return total


print(next_default(range(5)))
print(next_default([2, 3, 4]))


def skip_marked(tokens):
    # `skip` marks the next token to be skipped
    it = iter(tokens)
    out = []
    for t in it:
        if t == "skip":
            next(it, None)
            continue
        out.append(t)
    return out


print(skip_marked(["a", "skip", "b", "c", "skip", "skip", "d", "e", "skip"]))


def nested_range_iter(n):
    it = iter(range(n))
    total = 0
    rounds = 0
    for a in it:
        rounds += 1
        for b in it:
            total += a * b
            if b % 4 == 0:
                break
    return total, rounds


print(nested_range_iter(30))
print(nested_range_iter(2 ** 64 + 5) if False else nested_range_iter(9))


def big_range_shared():
    # values at the top of the 64-bit range
    base = 2 ** 63 - 30
    it = iter(range(base, base + 10))
    s = []
    for x in it:
        s.append(x - base)
        next(it, None)
    return s


print(big_range_shared())


def two_loops_same_list_iter(lst):
    it = iter(lst)
    first = []
    for x in it:
        if x < 0:
            break
        first.append(x)
    second = []
    for x in it:
        second.append(x)
    return first, second


print(two_loops_same_list_iter([1, 2, -1, 3, 4]))
print(two_loops_same_list_iter([1, 2.5, 3]))


def zip_shared(seq):
    it = iter(seq)
    return [p for p in zip(it, it)]


def zip_shared_loop(seq):
    it = iter(seq)
    out = []
    for a, b in zip(it, it):
        out.append(a + b)
    return out


print(zip_shared(range(7)), zip_shared_loop(range(7)), zip_shared_loop("abcde"))
