# `for x in generator` resumes the generator's frame inside the loop's own
# eval loop (FOR_ITER_GEN). Yields, returns, exceptions, re-entrance,
# breaking out and resuming later, nesting and introspection must all behave
# as in CPython.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"          # ignored by `for`


def total(n):
    s = 0
    for _ in range(30):        # warm the site up
        for x in count(n):
            s += x
    return s


print(total(10))


def failing(n):
    for i in range(n):
        yield i
    raise ValueError("boom at %d" % n)


def collect(n):
    out = []
    try:
        for x in failing(n):
            out.append(x)
    except ValueError as e:
        tb, frames = e.__traceback__, []
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        out.append((str(e), frames))
    return out


for _ in range(20):
    r = collect(3)
print(r)


def leaky():
    yield 1
    raise StopIteration("inner")


for _ in range(20):
    try:
        for x in leaky():
            pass
    except RuntimeError as e:
        r = (type(e).__name__, str(e), type(e.__cause__).__name__)
print(r)


def selfish():
    yield 1
    for x in g:           # iterates itself while running
        yield x


for _ in range(3):
    g = selfish()
    try:
        for x in g:
            pass
    except ValueError as e:
        r = str(e)
print(r)

# break out, then go on with next() and another loop
for _ in range(20):
    it = count(6)
    first = []
    for x in it:
        first.append(x)
        if x == 2:
            break
    rest = [next(it)]
    for x in it:
        rest.append(x)
print(first, rest)
try:
    next(it)
except StopIteration as e:
    print("exhausted", e.value)


# recursion through nested generators
def permutations(seq):
    if len(seq) <= 1:
        yield tuple(seq)
        return
    for i in range(len(seq)):
        head = (seq[i],)
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield head + rest


perms = list(p for p in permutations([1, 2, 3, 4]))
n = 0
for p in permutations(list(range(6))):
    n += 1
print(len(perms), perms[:3], perms[-1], n)


# finally blocks, calls inside the generator, frames and gi_running
log = []


def helper(x):
    return x * 10


def guarded(n):
    try:
        for i in range(n):
            log.append((sys._getframe(1).f_code.co_name, gen_obj.gi_running))
            yield helper(i)
    finally:
        log.append("finally")


def driver():
    global gen_obj
    out = []
    for _ in range(12):
        gen_obj = guarded(2)
        for x in gen_obj:
            out.append(x)
    return out


print(driver()[-2:], log[-3:])


# an exception in the loop body, not the generator: the generator stays
# suspended and closes when dropped
def body_raises():
    gen = guarded(5)
    try:
        for x in gen:
            if x == 10:
                raise KeyError("body")
    except KeyError:
        pass
    return gen.gi_frame is not None


log.clear()
print(body_raises(), log[-1])


# generator expressions and deep-ish chains
def chain(depth):
    if depth == 0:
        yield from range(3)
        return
    for x in chain(depth - 1):
        yield x + 1


for _ in range(5):
    r = list(x for x in chain(40))
print(r)
