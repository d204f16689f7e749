# Loops over objects inside generators (with and without `yield` in the loop
# body), generators closed or thrown into mid-loop, and generator
# expressions consumed by compiled loops.


def pairs_gen(rows):
    total = 0.0
    for a, b in rows:
        total += a * b
        yield total


def consume(rows):
    out = []
    for t in pairs_gen(rows):
        out.append(t)
    return out


print(consume([(1, 2.5), [3, 4], (0.5, 0.5), (2 ** 60, 2)]))


def gen_inner_loop(n):
    # no yield inside the hot inner loop: it can be compiled
    for k in range(n):
        acc = []
        for i in range(k):
            acc.append(i * k)
        yield acc


print(list(gen_inner_loop(5)))


def closable(items):
    seen = 0
    try:
        for x in items:
            seen += 1
            yield x * 2
    finally:
        print("finally after", seen)


g = closable([1, 2.5, "s", [0]])
print(next(g), next(g))
g.close()
g = closable([1, 2, 3])
print(list(g))


def throwable(items):
    log = []
    for x in items:
        try:
            yield x
        except ValueError as e:
            log.append(("caught", x, str(e)))
    yield log


g = throwable(["a", "b", "c"])
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g))


def running(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
            yield best


print(list(running(x * 1.5 for x in [3, 1, 4, 1, 5, 9, 2, 6])))
print(list(running(iter(["pear", "apple", "zoo", "fig"]))))


def chained(*gens):
    for g in gens:
        for v in g:
            yield v


def sum_chained():
    s = 0
    for v in chained(range(5), [2.5, 3], (x for x in "ab" if False), iter([10 ** 20])):
        s += v
    return s


print(sum_chained())


def stop_iteration_inside():
    def bad():
        yield 1
        raise StopIteration("leak")

    out = []
    try:
        for v in bad():
            out.append(v)
    except RuntimeError as e:
        out.append(str(e))
    return out


print(stop_iteration_inside())


def send_loop():
    def acc():
        total = 0
        while True:
            v = yield total
            if v is None:
                break
            total += v
        yield ("done", total)

    g = acc()
    next(g)
    res = []
    for v in [1, 2.5, 3, 2 ** 65]:
        res.append(g.send(v))
    res.append(g.send(None))
    return res


print(send_loop())
