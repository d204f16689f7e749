# Loops that run zero times and exactly once (compiled at their first back
# edge, or never reaching it), entered repeatedly with different counts.


def count(n):
    total = 0
    for i in range(n):
        total += i + 1
    return total


def wcount(n):
    total = 0.0
    i = 0
    while i < n:
        total += 0.5
        i += 1
    return total, i


out = []
for n in (0, 1, 0, 2, 1, 0, 5, 0, 1):
    out.append((count(n), wcount(n)))
print(out)


def until_true(flag):
    steps = 0
    while not flag:
        flag = True
        steps += 1
    return steps

print(until_true(True), until_true(False))
