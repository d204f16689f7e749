# Found by the tiers target: resuming a generator counted twice against the
# work budget through `next()` (the generic FOR_ITER, once for the native
# loop and once for the resumption) and once through FOR_ITER_GEN, so
# specialize=0 ran out of budget earlier than the default tier. A
# resumption now counts once however it is resumed.
def chain(depth):
    if depth == 0:
        yield from range(3)
        return
    for x in chain(depth - 1):
        yield x + 1


def delegating(depth):
    if depth == 0:
        yield from chain(3)
        return
    yield from delegating(depth - 1)


n = 0
while True:
    for x in chain(40):
        n += 1
    for x in delegating(20):
        n += 1
    print(n)
