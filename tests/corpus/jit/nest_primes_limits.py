# The seed prime counter (trial division up to int(num ** 0.5) + 1, break,
# append) at several limits; a second copy binds `div` before the nest so the
# whole nest is typed at its first back edge.


def compute_primes(limit):
    primes = []
    for num in range(2, limit):
        is_prime = True
        for div in range(2, int(num ** 0.5) + 1):
            if num % div == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(num)
    return primes


def compute_primes_bound(limit):
    primes = []
    div = 0
    for num in range(2, limit):
        is_prime = True
        for div in range(2, int(num ** 0.5) + 1):
            if num % div == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(num)
    return primes, div


for limit in (0, 1, 2, 3, 4, 5, 10, 100, 1000, 10_000, 50_000):
    p = compute_primes(limit)
    q, last_div = compute_primes_bound(limit)
    print(limit, len(p), p[-3:], p == q, last_div)
