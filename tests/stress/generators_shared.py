# Threads resuming one shared generator: every value is delivered exactly once
# (a resume that finds it running gets CPython's ValueError and retries), and
# threads inspecting it (gi_running, gi_frame, gi_suspended) meanwhile see a
# consistent state; the same through a chain of `yield from`s (resumed level
# by level in the resuming thread's eval loop), with other threads resuming
# the chain's inner generators directly; then generators are closed while
# others inspect them.
import threading

N = 20000


def numbers():
    for i in range(N):
        yield i


gen = numbers()
got = [[] for _ in range(4)]
busy = [0]
done = threading.Event()


def consume(k):
    out = got[k]
    while True:
        try:
            v = next(gen)
        except StopIteration:
            return
        except ValueError as e:
            assert "already executing" in str(e), e
            busy[0] += 1
            continue
        out.append(v)


def inspect():
    while not done.is_set():
        r = gen.gi_running
        assert r in (True, False)
        f = gen.gi_frame
        # (krait reports line 0 for a generator running on another thread)
        assert f is None or f.f_lineno >= 0
        gen.gi_suspended


consumers = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
watchers = [threading.Thread(target=inspect) for _ in range(2)]
for t in watchers + consumers:
    t.start()
for t in consumers:
    t.join()
done.set()
for t in watchers:
    t.join()
allv = sorted(v for g in got for v in g)
assert allv == list(range(N)), (len(allv), allv[:5])
for g in got:
    assert g == sorted(g)


# a chain of yield froms shared by the threads; the inner generators are
# also resumed by others directly (each gets ValueError while the chain runs
# through it, or takes items itself)


def level(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
    else:
        yield from level(depth - 1, n)


inner = level(3, N)


def outer():
    yield from inner


def middle_of(g):
    yield from g


mid = middle_of(inner)
top = outer()
got = [[] for _ in range(4)]


def consume_chain(k, g):
    out = got[k]
    while True:
        try:
            v = next(g)
        except StopIteration:
            return
        except ValueError as e:
            assert "already executing" in str(e), e
            continue
        out.append(v)


ts = [threading.Thread(target=consume_chain, args=(k, (top, mid, inner, top)[k])) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(v for g in got for v in g)
assert allv == list(range(N)), (len(allv), allv[:5])


def counting(n):
    try:
        for i in range(n):
            yield i
    finally:
        closed.append(n)


closed = []
gens = [counting(100) for _ in range(200)]
for g in gens[::2]:
    next(g)


def close_all(part):
    for g in part:
        try:
            g.close()
        except ValueError:
            pass


def peek_all():
    for g in gens:
        g.gi_running
        g.gi_frame


ts = [threading.Thread(target=close_all, args=(gens[k::2],)) for k in range(2)]
ts += [threading.Thread(target=peek_all) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sorted(closed) == [100] * 100, len(closed)
print("ok")
