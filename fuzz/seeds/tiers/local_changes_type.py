# A local that holds an int, then a float, then a str across (and inside)
# loops: compiled code must never keep assuming the first type.


def morph(n):
    x = 0
    log = []
    for i in range(n):
        if i == 3:
            x = x + 0.5
        elif i == 6:
            x = "s" + str(x)
        elif i > 6:
            x = x + "!"
        else:
            x = x + 1
        log.append(type(x).__name__)
    return x, log


def retype_after(n):
    v = 1
    for _ in range(n):
        v = v * 2
    r1 = v
    v = 1.0
    for _ in range(n):
        v = v * 2
    r2 = v
    v = True
    for _ in range(n):
        v = not v
    return r1, r2, v


print(morph(10))
print(retype_after(10), retype_after(70), retype_after(3))
