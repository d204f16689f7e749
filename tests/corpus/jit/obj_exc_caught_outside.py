# Helpers that raise inside a compiled loop with the handler outside the
# loop: the loop's locals at the failing instruction are visible after, and
# the traceback's line is the failing line.


class Thing:
    def __init__(self, n):
        self.n = n


def run(kind, n):
    i = -1
    acc = 0
    data = list(range(10))
    d = {k: k * k for k in range(5)}
    objs = [Thing(k) for k in range(6)]
    rows = [(k, k + 1) for k in range(4)] + [(1, 2, 3)]
    try:
        for i in range(n):
            if kind == "index":
                acc += data[i * 2]
            elif kind == "key":
                acc += d[i]
            elif kind == "zero":
                acc += 100 // data[5 - i]
            elif kind == "fzero":
                acc += 1.0 / (data[3] * 1.0 - i)
            elif kind == "type":
                acc += (data + ["x"])[i + 6] * 2 - 1
            elif kind == "attr":
                acc += objs[i].n if i < 6 else objs[0].missing
            elif kind == "unpack":
                a, b = rows[i]
                acc += a * b
            elif kind == "call":
                acc += len(objs[i])
    except (IndexError, KeyError, ZeroDivisionError, TypeError,
            AttributeError, ValueError) as e:
        return kind, i, acc, type(e).__name__, str(e), e.__traceback__.tb_next.tb_lineno if e.__traceback__.tb_next else e.__traceback__.tb_lineno
    return kind, i, acc, "no error"


for kind in ["index", "key", "zero", "fzero", "type", "attr", "unpack", "call"]:
    print(run(kind, 20))
    print(run(kind, 2))


def lineno_of(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, tb.tb_lineno - fn.__code__.co_firstlineno


def deep(lst):
    total = 0
    for x in lst:
        total += x[0]
        total += x[1] * 2
    return total


print(lineno_of(deep, [(1, 2), [3, 4], (5,)]))
print(lineno_of(deep, [(1, 2), [3, 4], ()]))
print(lineno_of(deep, [(1, 2), [3, 4], (5, "s")]))
print(lineno_of(deep, [(1, 2), [3, 4], 5]))


def nested_handlers(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    [][i]
                elif i % 3 == 1:
                    {}[i]
                else:
                    i / 0
            except KeyError as e:
                log.append(("inner", e.args[0]))
                raise ValueError(i)
        except (IndexError, ValueError) as e:
            log.append(("outer", type(e).__name__, e.args[0] if e.args else None))
        except ZeroDivisionError:
            log.append(("zero", i))
    return log


print(nested_handlers(7))
