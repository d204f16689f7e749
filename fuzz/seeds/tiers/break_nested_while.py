# break out of nested compiled while loops at each level, and a flag
# variable to leave the outer loop.


def search(n, target):
    i = 0
    found = False
    steps = 0
    while i < n:
        j = 0
        while j < n:
            steps += 1
            if i * j == target:
                found = True
                break
            j += 1
        if found:
            break
        i += 1
    return found, i, j, steps


def triple(n):
    count = 0
    a = 0
    while a < n:
        b = 0
        while True:
            c = 0
            while c < b:
                if (a + b + c) % 7 == 6:
                    break
                count += 1
                c += 1
            b += 1
            if b > a:
                break
        a += 1
    return count, a, b, c


print(search(10, 42), search(10, 1000), search(300, 299 * 298))
print(triple(10), triple(60))
