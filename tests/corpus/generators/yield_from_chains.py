# Chains of `yield from` (resumed level by level in one eval loop): values
# sent down and returned up, exceptions raised at each depth, throw/close
# into the middle of a chain, generators already running or finished as
# delegates, StopIteration inside (PEP 479), and recursion deeper than the
# limit.
def leaf(tag):
    got = yield tag + ":1"
    got2 = yield "%s:2<%s>" % (tag, got)
    return "%s-done<%s>" % (tag, got2)


def middle(depth):
    if depth == 0:
        r = yield from leaf("leaf")
        return r
    r = yield from middle(depth - 1)
    x = yield "mid%d<%s>" % (depth, r)
    return "m%d(%s)" % (depth, x)


g = middle(3)
print(next(g))
out = []
try:
    i = 0
    while True:
        i += 1
        out.append(g.send("s%d" % i))
except StopIteration as e:
    print(out, "returned", e.value)

print(list(middle(2)))


def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


print(list(tree(4)), sum(tree(10)))


def raiser(depth, exc):
    if depth == 0:
        yield "about to raise"
        raise exc
    yield from raiser(depth - 1, exc)


for exc in (ValueError("deep"), KeyError("k"), StopIteration("inside")):
    try:
        for v in raiser(4, exc):
            print("got", v)
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)


def catcher():
    try:
        r = yield from middle(2)
        print("middle returned", r)
    except ZeroDivisionError as e:
        print("caught in catcher", e)
        yield "after catch"
    finally:
        print("catcher finally")


c = catcher()
print(next(c), next(c))
print(c.throw(ZeroDivisionError("thrown")))
c.close()

c = catcher()
next(c)
c.close()
print("closed", c.gi_frame)


def running_delegate():
    me = yield "first"
    yield from me


rd = running_delegate()
next(rd)
try:
    rd.send(rd)
except ValueError as e:
    print("ValueError", e)


def finished():
    return "f"
    yield


f = finished()
list(f)


def uses_finished():
    r = yield from f
    yield ("finished delegate gave", r)


print(list(uses_finished()))


def fresh_then_send():
    inner = leaf("x")
    r = yield from inner
    yield r


fs = fresh_then_send()
print(next(fs), fs.send("a"), fs.send("b"))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)


try:
    for v in deep(100000):
        print(v)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))

print(list(deep(200)))


def gen_expr_delegate():
    yield from (x * x for x in range(5))
    yield from [10, 11]
    yield from iter("ab")


print(list(gen_expr_delegate()))
