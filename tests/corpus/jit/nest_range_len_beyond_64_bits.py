# Ranges whose bounds fit 64 bits but whose length does not (made inside a
# nest and left by break), next to ones whose stop - start overflows the
# other way and are empty.


def huge(n):
    t = 0
    j = 0
    lo = -(2**63) + 1
    hi = 2**63 - 1
    for i in range(n):
        for j in range(lo, hi):
            t += 1
            if t % 5 == 0:
                break
        for j in range(hi, lo):
            t += 1000
    return t, j


def edges(n):
    t = 0
    j = 0
    a = 2**63 - 1
    b = -(2**63)
    for i in range(n):
        for j in range(a, b):
            t += 1
        for j in range(b, b + 2):
            t += 1
        for j in range(a - 1, a):
            t += j - a
    return t, j


print(edges(3))
print(huge(4))
