# The nest leaves compiled code in the middle of an inner range (an int
# passing 64 bits, a float turning complex, a ZeroDivisionError caught
# outside): the inner range iterator made inside the loop is materialized at
# its exact position, so the remaining iterations, the loop variables and
# the counts after the loop are CPython's.


def overflow_mid(n, at):
    steps = 0
    acc = 2**62
    big = 3 * 2**61
    j = 0
    for i in range(n):
        for j in range(-3, 7):
            steps += 1
            if i == at and j == 2:
                acc += big
            acc += j
    return steps, acc, i, j


def complex_mid(n):
    steps = 0
    r = 0.0
    j = 0
    for i in range(n):
        for j in range(i, i + 5):
            steps += 1
            r = (2.0 - j) ** 0.5 if i == 2 else r
    return steps, r, j


def three_levels(n):
    count = 0
    big = 1
    k = 0
    j = 0
    for i in range(n):
        for j in range(i % 3 + 2):
            for k in range(j, 4):
                count += 1
                big = big * 3 + k
    return count, big % 1000003, big.bit_length(), j, k


def caught_mid(n):
    seen = []
    i = j = 0
    try:
        for i in range(n):
            for j in range(5):
                seen.append(100 // (30 - i - j) if i < 30 else j)
    except ZeroDivisionError:
        pass
    return len(seen), seen[-4:], i, j


print(overflow_mid(5, 100), overflow_mid(5, 3), overflow_mid(400, 200))
print(complex_mid(4), complex_mid(300)[0])
print(three_levels(10), three_levels(2000))
print(caught_mid(20), caught_mid(100))
