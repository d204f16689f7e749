# Found by the tiers fuzz target (a 35 s timeout, then a hang): under the work
# budget a thread could be stopped before threading set its _started event,
# leaving Thread.start() waiting for ever. Waits now end once the budget is spent.
# Four threads each running compiled int loops (some overflowing 64 bits);
# results joined and printed in thread order.
import threading


def work(k, n):
    total = 0
    for i in range(n):
        total += (i * k) ^ (i >> 2)
    x = 1
    j = 0
    while j < 40 + k:
        x = x * 3 + k
        j += 1
    return total, x


results = [None] * 4


def runner(k):
    results[k] = work(k + 1, 200_000 + k)


threads = [threading.Thread(target=runner, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k, r in enumerate(results):
    print(k, r, r == work(k + 1, 200_000 + k))
