# Loops over tuples: compiled code advances a tuple_iterator over an exact
# tuple in place; a tuple subclass, a shared iterator, next() inside the loop,
# an exhausted iterator and a loop left by break all keep the interpreter's
# results.


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


class Tup(tuple):
    def __iter__(self):
        yield 100
        yield from tuple.__iter__(self)


class Plain(tuple):
    pass


def walk(t):
    out = []
    for x in t:
        out.append(x * 2)
    return out


def shared(t):
    it = iter(t)
    pairs = []
    for a in it:
        b = next(it, None)
        pairs.append((a, b))
    return pairs, next(it, "done")


def broken(t):
    it = iter(t)
    seen = 0
    for x in it:
        if x > 3:
            break
        seen += x
    return seen, list(it)


def nested(rows):
    s = 0
    for row in rows:
        for v in row:
            s += v
    return s


def mixed(t):
    n = 0
    for v in t:
        if isinstance(v, str):
            n += len(v)
        elif v is None:
            n -= 1
        else:
            n += int(v)
    return n


acc = 0
for i in range(300):
    acc += total(i, 1, 2) + total() + total(i)
print(acc)
print(walk((1, 2, 3)), walk(Plain((4, 5))), walk(Tup((6, 7))))
print(walk(()), walk((1.5,)))
for k in range(3):
    print(shared(tuple(range(k * 3))))
print(broken((1, 2, 3, 4, 5, 6)))
print(nested(((1, 2), (3,), (), (4, 5, 6)) * 50))
print(mixed((1, "ab", None, 2.5, True, "xyz") * 40))
it = iter((1, 2, 3))
for x in it:
    pass
print(list(it), next(it, "end"))
