# Found by the tiers target: a `for` over a list counted one unit of the
# work budget per item in the generic FOR_ITER (through `next()`, as native
# loops count) and none in FOR_ITER_LIST, so specialize=0 ran out of budget
# first. A Python `for` now counts only at its back edge, in every tier.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return self.k == o.k


def compare_loop(keys, target):
    hits = 0
    for k in keys:
        if k == target:
            hits += 1
    for k in (1, 2, 3):
        hits += k
    for c in "abc":
        hits += len(c)
    return hits


print(compare_loop([Key(2), Key(0), Key(5), Key(2)], Key(2)))


def forever():
    n = 0
    while True:
        n += compare_loop([Key(1)], Key(1))
        print(n)


forever()
