# A negative right-shift count in a compiled loop, uncaught.


def run(n):
    acc = 2 ** 40
    i = 5
    for _ in range(n):
        acc = acc >> i
        i -= 2
    return acc


print(run(3))
print(run(10))
