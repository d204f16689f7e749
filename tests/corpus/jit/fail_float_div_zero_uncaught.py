# Float division by a float zero (reached by accumulation) in a compiled
# loop, uncaught.


def run(n):
    x = 1.0
    d = 2.0
    i = 0
    while i < n:
        x = x / d + 1.0
        d -= 0.5
        i += 1
    return x


print(run(4))
print(run(10))
print("unreachable")
