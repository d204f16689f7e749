"""Record pipeline: chained generators, exceptions as control flow, sorting.

Four rounds each stream RECORDS random records (dicts from
`random.Random(11)`) through generator stages: validation that raises and
catches a custom exception per bad record (`try`/`except`/`else`), an
enrichment stage with a nested helper, a budget stage that skips records by
raising and catching inside a `try`/`finally`, and batching with
`next(it, None)`.  Each batch of 50 is summarized through a `*args`/`**kwargs`
forwarder: `sorted` on a tuple key, `max`/`min` with key functions.  Then a
dict is probed with `KeyError` for misses, tokens are parsed with
`ValueError` for non-numbers, and words are sorted by lambda keys.  The
program prints a checksum of the batch summaries, the batch count, records
per age bucket, the lookup and parse totals, the first sorted words and the
first ranked entry.

Stresses: generator creation and resumption through a chain of stages,
custom exception classes (with `super().__init__`) raised and caught in hot
loops, `next()` with a default, `sorted`/`list.sort` with lambda and tuple
keys, `min`/`max` with key, `enumerate`, closures, `*args`/`**kwargs`
forwarding, dict `items`, `int()` of bad strings.

Usage: gen_pipeline.py [RECORDS]   (default 70_000)
"""
import random
import sys
import time


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


class Skip(Exception):
    pass


class Done(Exception):
    pass


def source(rng, n):
    cities = ["oslo", "lima", "rome", "kyiv", "doha", "baku", "riga", "suva"]
    for i in range(n):
        yield {"id": i, "city": rng.choice(cities), "age": rng.randint(-5, 99),
               "score": rng.random() * 100,
               "tags": [rng.randint(0, 9) for _ in range(rng.randint(0, 4))]}


def validate(records):
    for r in records:
        try:
            check(r)
        except ValidationError as e:
            if e.field == "age" and e.value > -3:
                r["age"] = 0
                yield r
            continue
        else:
            yield r


def check(r):
    if r["age"] < 0:
        raise ValidationError("age", r["age"])
    if not r["tags"]:
        raise ValidationError("tags", None)
    return True


def enrich(records, factor):
    def bucket(age):
        if age < 18:
            return "young"
        if age < 65:
            return "adult"
        return "senior"

    for r in records:
        r["bucket"] = bucket(r["age"])
        r["weighted"] = r["score"] * factor + sum(r["tags"])
        yield r


def take_while_budget(records, budget):
    spent = 0.0
    try:
        for r in records:
            try:
                if r["weighted"] > 150:
                    raise Skip()
                spent += r["weighted"]
                if spent > budget:
                    raise Done()
                yield r
            except Skip:
                continue
    except Done:
        return
    finally:
        pass


def batched(it, size):
    it = iter(it)
    while True:
        batch = []
        for _ in range(size):
            x = next(it, None)
            if x is None:
                break
            batch.append(x)
        if not batch:
            return
        yield batch


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


def summarize(batch, key="weighted", reverse=False):
    s = sorted(batch, key=lambda r: (r["bucket"], -r[key], r["id"]), reverse=reverse)
    best = max(batch, key=lambda r: r[key])
    worst = min(batch, key=lambda r: (r[key], r["id"]))
    return s[0]["id"], best["id"], worst["id"]


def lookup_chain(d, keys):
    # exception-based dict walk
    total = 0
    for k in keys:
        try:
            total += d[k]
        except KeyError:
            total -= 1
    return total


def parse_ints(tokens):
    out = 0
    for t in tokens:
        try:
            out += int(t)
        except ValueError:
            out += len(t)
    return out


def run(n):
    rng = random.Random(11)
    results = []
    counts = {}
    for round_ in range(4):
        stream = take_while_budget(enrich(validate(source(rng, n)), 1.0 + round_ * 0.1), 1e12)
        for batch in batched(stream, 50):
            results.append(apply(summarize, batch, key="weighted", reverse=bool(round_ & 1)))
            for r in batch:
                counts[r["bucket"]] = counts.get(r["bucket"], 0) + 1
    d = {i: i * i for i in range(0, 2000, 3)}
    lk = lookup_chain(d, [rng.randint(0, 2000) for _ in range(n)])
    toks = [str(rng.randint(0, 999)) if rng.random() < 0.7 else "x" * rng.randint(1, 5)
            for _ in range(n)]
    pi = parse_ints(toks)
    words = ["".join(rng.choice("abcde") for _ in range(5)) for _ in range(n // 4)]
    words.sort(key=lambda w: (w[::-1], len(w)))
    ranked = sorted(enumerate(words), key=lambda t: (t[1][2], -t[0]))
    chk = 0
    for a, b, c in results:
        chk = (chk * 31 + a * 7 + b * 3 + c) % 1000000007
    return chk, len(results), sorted(counts.items()), lk, pi, words[:3], ranked[0]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 70000
    print("records:", n)
    for r in run(n):
        print(r)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
