# Nested for loops over the same range iterator: the inner loop advances
# the iterator the outer loop reads next.


def interleave(n, every):
    it = iter(range(n))
    out = []
    for a in it:
        b = -1
        for b in it:
            if b % every == 0:
                break
        out.append((a, b))
    return out


def drain(n):
    it = iter(range(n))
    out = []
    for a in it:
        k = 0
        for b in it:
            k += b
        out.append((a, k))
    return out


print(interleave(20, 5))
print(interleave(7, 100), interleave(0, 2))
print(drain(10), drain(1))
