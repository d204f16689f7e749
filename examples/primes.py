# The seed article's CPU-bound workloads, called directly (single-threaded).
import time


def cpu_intensive_task(n=2_000_000):
    """A deliberately expensive computation."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def compute_primes(limit):
    """Sieve-like prime counting, deliberately CPU-bound."""
    primes = []
    for num in range(2, limit):
        is_prime = True
        for div in range(2, int(num ** 0.5) + 1):
            if num % div == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(num)
    return len(primes)


start = time.perf_counter()
print("sum of squares below 2,000,000:", cpu_intensive_task())
print("primes below 50,000:", compute_primes(50_000))
elapsed = time.perf_counter() - start
print(f"done in {elapsed:.2f}s")
