# A range iterator made before the loop and partly consumed before and
# after a compiled loop over it: the iterator's position is exact.


def split_at(n, cut):
    it = iter(range(n))
    seen = 0
    for x in it:
        seen += x
        if x == cut:
            break
    return seen, list(it)


def pre_consumed(n, skip):
    it = iter(range(0, n * 2, 2))
    head = [next(it) for _ in range(skip)]
    total = 0
    for x in it:
        total += x
    return head, total, list(it), next(it, "done")


def resume_twice(n):
    it = iter(range(n))
    a = 0
    for x in it:
        a += 1
        if x == 3:
            break
    b = 0
    for y in it:
        b += y
        if y == 7:
            break
    return a, b, x, y, list(it)


print(split_at(10, 3), split_at(10, 9), split_at(10, 50))
print(pre_consumed(10, 3), pre_consumed(3, 3))
print(resume_twice(12), resume_twice(8))
