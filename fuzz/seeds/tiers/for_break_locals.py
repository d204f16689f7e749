# break out of a compiled for loop: the locals the loop wrote, the loop
# variable and the frame's stack are all intact afterwards.


def f(limit, stop):
    s = 0
    for b in range(limit):
        s += b
        if b == stop:
            break
    return s, b


def g(stop):
    before = "kept"
    acc = 1
    for i in range(100):
        acc = acc * 3 % 1000003
        if i == stop:
            break
    after = [before, acc, i]
    return after


print(f(10, 4), f(10, 100), f(100_000, 5000))
print(g(0), g(5), g(1000))
