# A ZeroDivisionError from // in the inner loop of the seed-like nest,
# uncaught: traceback line and partial output as in CPython.


def run(limit):
    primes = []
    for num in range(2, limit):
        is_prime = True
        for div in range(2, int(num ** 0.5) + 1):
            if num // (div - 7) == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(num)
    return primes


print(run(60))
print(run(100))
