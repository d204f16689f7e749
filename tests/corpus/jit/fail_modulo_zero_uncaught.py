# Integer modulo by zero in a compiled while loop, uncaught.


def run(n):
    acc = 1
    i = n
    while i > -3:
        acc = acc * 7 + 12345 % i
        i -= 1
    return acc


print(run(-5))
run(1000)
print("unreachable")
