"""Randomised comparison of itertools edge semantics (islice consumption,
groupby with stale groups, tee, zip_longest, product/permutations...)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

PROG = r'''
import random, itertools as it
rng = random.Random(5)
out = []
for trial in range(400):
    data = list(range(rng.randrange(0, 15)))
    src = iter(data)
    args = rng.choice([(rng.randrange(0, 8),), (rng.randrange(0, 5), rng.randrange(0, 12)),
                       (rng.randrange(0, 5), rng.choice([None, rng.randrange(0, 12)]), rng.randrange(1, 4)),
                       (None,), (None, None), (2, None, 2)])
    out.append((args, list(it.islice(src, *args)), list(src)))
    keys = [rng.randrange(3) for _ in range(rng.randrange(0, 12))]
    g = it.groupby(keys)
    groups = []
    for k, grp in g:
        if rng.random() < 0.5:
            groups.append((k, list(grp)))
        else:
            groups.append((k, next(grp)))
    out.append(groups)
    g = it.groupby(keys, key=lambda v: v % 2)
    saved = list(g)
    out.append([(k, list(grp)) for k, grp in saved])
    a, b = it.tee(iter(keys), 2)
    out.append((list(it.islice(a, 3)), list(b), list(a)))
    out.append(list(it.zip_longest(keys, data, fillvalue=-1)))
    pool = keys[:5]
    r = rng.randrange(0, 5)
    out.append((list(it.permutations(pool, r)), list(it.combinations(pool, r)), list(it.combinations_with_replacement(pool[:4], r))))
    out.append(list(it.product(pool[:3], keys[:2], repeat=rng.randrange(0, 3))))
    out.append(list(it.accumulate(keys, initial=rng.choice([None, 100]))))
    out.append(list(it.compress(data, keys)))
    out.append(list(it.dropwhile(lambda v: v < 2, keys)) + list(it.takewhile(lambda v: v < 2, keys)))
for x in out:
    print(x)
'''

if __name__ == '__main__':
    sys.exit(1 if check_programs({'itertools_fuzz': PROG}) else 0)
