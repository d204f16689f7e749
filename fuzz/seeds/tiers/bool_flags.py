# Bool locals toggled and tested in compiled loops.


def toggles(n):
    flag = False
    trues = 0
    for _ in range(n):
        flag = not flag
        if flag:
            trues += 1
    return flag, trues


def sieve_flag(n):
    found = 0
    for k in range(2, n):
        prime = True
        d = 2
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 1
        if prime:
            found += 1
    return found


def flags_compare(n):
    a = True
    b = False
    same = 0
    for i in range(n):
        if a == b:
            same += 1
        if a != (not b):
            same += 100
        b = a
        a = i % 3 == 0
    return a, b, same


print(toggles(0), toggles(1), toggles(10), toggles(10 ** 5 + 1))
print(sieve_flag(100), sieve_flag(5000))
print(flags_compare(10), flags_compare(1))
