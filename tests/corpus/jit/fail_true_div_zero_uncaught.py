# Int true division by zero in a compiled loop, uncaught.


def run(n, stop):
    x = 0.0
    for i in range(n, stop, -1):
        x += 1 / i
    return x


print(run(100, 0))
print(run(100, -1))
print("unreachable")
