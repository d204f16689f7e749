# Prime counting with for/else instead of a flag, and the number of trial
# divisions made (the inner loop's variable after a break and after else).


def primes_else(lo, hi):
    primes = []
    trials = 0
    div = 0
    for num in range(lo, hi):
        for div in range(2, int(num ** 0.5) + 1):
            trials += 1
            if num % div == 0:
                break
        else:
            primes.append(num)
    return len(primes), sum(primes), trials, div


def first_composite_witness(lo, hi):
    witnesses = []
    div = 0
    for num in range(lo, hi):
        for div in range(2, int(num ** 0.5) + 1):
            if num % div == 0:
                witnesses.append(div)
                break
        else:
            witnesses.append(0)
    return witnesses


print(primes_else(2, 3000))
print(primes_else(10, 20_000))
print(primes_else(1_000_000, 1_001_000))
w = first_composite_witness(2, 60)
print(w)
print(sum(first_composite_witness(100, 5000)))
