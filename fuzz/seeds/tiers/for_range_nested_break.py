# An inner compiled for loop left by break inside an outer for loop: the
# outer loop's range iterator must still be on the stack afterwards.


def pairs(n, cut):
    out = []
    for a in range(n):
        for b in range(10):
            if b == cut:
                break
        out.append((a, b))
    return out


def grid(n):
    total = 0
    for a in range(n):
        for b in range(n):
            if b > a:
                break
            total += a * b
    return total


print(pairs(3, 4))
print(pairs(2, 0), pairs(2, 20))
print(grid(10), grid(300))
