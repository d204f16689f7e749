# and / or / not chains in conditions and as values in compiled loops.


def classify(n):
    both = either = neither = 0
    for i in range(n):
        a = i % 2 == 0
        b = i % 3 == 0
        if a and b:
            both += 1
        elif a or b:
            either += 1
        if not a and not b:
            neither += 1
    return both, either, neither


def values(n):
    x = False
    y = False
    z = False
    for i in range(n):
        p = i > 2
        q = i < 7
        x = p and q
        y = p or q
        z = not (x or not y)
    return x, y, z


def while_chain(n):
    i = 0
    hits = 0
    while i < n and not (i > 50 and i % 2 == 1) or i == 0:
        hits += 1 if (i % 4 == 1 or i % 4 == 2) and i > 3 else 0
        i += 1
    return i, hits


print(classify(12), classify(10 ** 5))
print(values(0), values(1), values(5), values(9))
print(while_chain(10), while_chain(1000), while_chain(0))
