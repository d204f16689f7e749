"""Generator pipelines.

Chains of small generator functions (source -> filter -> map -> window ->
chunk -> flatten -> reduce), generator expressions consumed by sum()/max(),
`yield from` delegation over a recursive tree walk, and a coroutine driven by
send().  Prints the results of each pipeline.

Stresses: generator creation, resumption and exhaustion (StopIteration at the
end of `for` loops), `yield from`, next(), send(), generator expressions,
closures over loop-invariant arguments.

Usage: generators.py [N]   (default 2_000_000)
"""
import sys
import time


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def pseudo_random(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 69069 + 1) % 4294967296
        yield x >> 16


def keep_if(pred, it):
    for x in it:
        if pred(x):
            yield x


def apply(fn, it):
    for x in it:
        yield fn(x)


def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x


def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunks):
    for chunk in chunks:
        yield from chunk


def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total


def tree(depth, label):
    """A complete binary tree as nested tuples (label, left, right)."""
    if depth == 0:
        return (label, None, None)
    return (label, tree(depth - 1, 2 * label), tree(depth - 1, 2 * label + 1))


def walk(node):
    label, left, right = node
    if left is not None:
        yield from walk(left)
    yield label
    if right is not None:
        yield from walk(right)


def averager():
    """Coroutine: receives numbers via send(), yields the running mean * 1000
    as an int."""
    total = 0
    count = 0
    mean = 0
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total * 1000 // count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000

    # 1. filter/map pipeline reduced with a plain loop.
    odd_squares = apply(lambda x: x * x, keep_if(lambda x: x % 3 != 0, count_up(n)))
    acc = 0
    for v in odd_squares:
        acc = (acc + v) % 1000000007
    print("filtered squares mod p:", acc)

    # 2. windows over pseudo-random numbers; count rises and the largest jump.
    rises = 0
    biggest = 0
    for a, b in pairwise(pseudo_random(42, n)):
        if b > a:
            rises += 1
            if b - a > biggest:
                biggest = b - a
    print("rises:", rises, "biggest jump:", biggest)

    # 3. chunk, sum each chunk, flatten back, running total.
    chunk_sums = apply(sum, chunked(pseudo_random(7, n), 16))
    last = 0
    steps = 0
    for last in running_total(flatten(chunked(chunk_sums, 5))):
        steps += 1
    print("chunk sums:", steps, "grand total:", last)

    # 4. generator expressions consumed by builtins.
    s = sum(x % 97 for x in count_up(n) if x & 1)
    m = max((x * 7919) % 10007 for x in range(n // 2))
    print("genexpr sum:", s, "genexpr max:", m)

    # 5. recursive yield-from tree walk (in-order), repeated.
    depth = 12
    root = tree(depth, 1)
    walks = max(1, n // 20_000)
    checksum = 0
    for _ in range(walks):
        position = 0
        for label in walk(root):
            position += 1
            checksum = (checksum * 31 + label * position) % 1000003
    print("tree walks:", walks, "nodes:", position, "checksum:", checksum)

    # 6. coroutine driven by send().
    avg = averager()
    next(avg)
    mean = 0
    for v in pseudo_random(3, n // 2):
        mean = avg.send(v % 1000)
    print("coroutine mean x1000:", mean)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
