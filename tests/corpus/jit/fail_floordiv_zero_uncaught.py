# Integer floor division by zero inside a compiled loop, uncaught: the
# traceback ends the program after the output printed so far.


def run(n):
    total = 0
    for i in range(n):
        total += i * i
        total += total // (n - 5 - i)
    return total


print(run(3))
print(run(5000))
print("unreachable")
