# Compiled loops over arbitrary iterators: generators, dicts and their views,
# strs, tuples, sorted sets, zip, enumerate, reversed, map and filter.


def gen(n):
    for i in range(n):
        yield i * i
    yield "end"


def gen_loop():
    out = []
    for v in gen(6):
        out.append(v)
    s = 0
    for v in gen(5):
        if v == "end":
            break
        s += v
    return out, s


print(gen_loop())


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_loop(limit):
    out = []
    for f in fib():
        if f > limit:
            break
        out.append(f)
    return out[-3:], len(out)


print(fib_loop(10 ** 30))


def dict_loops(d):
    ks = []
    for k in d:
        ks.append(k)
    vs = 0
    for v in d.values():
        vs += v
    items = []
    for k, v in d.items():
        items.append("%s=%s" % (k, v))
    return ks, vs, items


print(dict_loops({"b": 2, "a": 1.5, 3: 4, (1, 2): 10}))


def str_loop(s):
    vowels = 0
    codes = 0
    out = ""
    for ch in s:
        if ch in "aeiou":
            vowels += 1
        codes += ord(ch)
        out = ch + out
    return vowels, codes, out


print(str_loop("hello jit world"))
print(str_loop("héllo ünïcode ☃"))


def tuple_set_loop():
    t = (3, 1.5, 2 ** 70, -4, True)
    s = 0
    for x in t:
        s += x
    st = {9, 2, 7, 2, 5, 100, -3}
    out = []
    for x in sorted(st):
        out.append(x * 2)
    fs = frozenset(["x", "y", "z"])
    joined = ""
    for x in sorted(fs, reverse=True):
        joined += x
    return s, out, joined


print(tuple_set_loop())


def zip_enum_loop(a, b):
    out = []
    for i, (x, y) in enumerate(zip(a, b)):
        out.append(i * x + y)
    for i, x in enumerate(a, 10):
        out.append(i - x)
    for x, y, z in zip(a, b, "pqr"):
        out.append(z * x)
    return out


print(zip_enum_loop([1, 2, 3, 4], [0.5, 1.5, 2.5]))


def misc_iter_loop(lst):
    out = []
    for x in reversed(lst):
        out.append(x)
    for x in map(str, lst):
        out.append(x + "!")
    for x in filter(None, lst):
        out.append(x)
    for x in iter(lst):
        out.append(-x)
    return out


print(misc_iter_loop([3, 0, 2, 1]))


def gen_with_send_exhaust():
    g = gen(3)
    first = next(g)
    rest = []
    for v in g:
        rest.append(v)
    again = []
    for v in g:
        again.append(v)
    return first, rest, again


print(gen_with_send_exhaust())


def gen_raises():
    yield 1
    yield 2
    raise KeyError("from gen")


def loop_gen_raises():
    got = []
    try:
        for v in gen_raises():
            got.append(v)
    except KeyError as e:
        got.append(e.args[0])
    return got


print(loop_gen_raises())


def dict_mutation_loop():
    d = {1: 1, 2: 2}
    try:
        for k in d:
            d[k + 10] = k
    except RuntimeError as e:
        return str(e), sorted(d)


print(dict_mutation_loop())


def list_grows_loop():
    lst = [1, 2, 3]
    n = 0
    for x in lst:
        if x < 6:
            lst.append(x + 3)
        n += 1
    return n, lst


print(list_grows_loop())
