# Counting divisors with a nested range up to int(n ** 0.5) + 1 and // to find
# the paired divisor; also the divisor sums appended to a list.


def divisor_counts(lo, hi):
    counts = []
    best = 0
    best_n = 0
    for n in range(lo, hi):
        c = 0
        s = 0
        for d in range(1, int(n ** 0.5) + 1):
            if n % d == 0:
                e = n // d
                if e == d:
                    c += 1
                    s += d
                else:
                    c += 2
                    s += d + e
        counts.append(c)
        if c > best:
            best = c
            best_n = n
    return counts, best, best_n


counts, best, best_n = divisor_counts(1, 40)
print(counts)
counts, best, best_n = divisor_counts(1, 30_000)
print(len(counts), sum(counts), best, best_n)
counts, best, best_n = divisor_counts(2**31 - 40, 2**31 - 20)
print(counts, best, best_n)
