# Two threads each running the seed prime counter (a compiled nest with
# range, int, ** and append) on different ranges; results printed after join
# and checked against a run in the main thread.
import threading


def compute_primes(lo, hi):
    primes = []
    div = 0
    for num in range(lo, hi):
        is_prime = True
        for div in range(2, int(num ** 0.5) + 1):
            if num % div == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(num)
    return primes


results = {}


def worker(name, lo, hi):
    results[name] = compute_primes(lo, hi)


ranges = {"a": (2, 60_000), "b": (1_000_000, 1_040_000)}
threads = [threading.Thread(target=worker, args=(k,) + v) for k, v in ranges.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    p = results[k]
    print(k, len(p), p[:3], p[-3:], sum(p))
print(results["a"] == compute_primes(*ranges["a"]))
print(results["b"] == compute_primes(*ranges["b"]))
