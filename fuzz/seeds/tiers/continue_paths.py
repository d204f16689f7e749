# continue in compiled for and while loops, from several places in the body.


def skip_for(n):
    total = 0
    skipped = 0
    for i in range(n):
        if i % 3 == 0:
            skipped += 1
            continue
        if i % 5 == 0:
            continue
        total += i
    return total, skipped, i


def skip_while(n):
    i = 0
    odd = 0
    even = 0
    while i < n:
        i += 1
        if i & 1:
            odd += i
            continue
        even += i
    return odd, even, i


print(skip_for(30), skip_for(100_000), skip_for(1))
print(skip_while(31), skip_while(100_000), skip_while(0))
