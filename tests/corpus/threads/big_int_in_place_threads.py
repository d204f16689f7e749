# Threads add into big ints held in their own locals while the same values
# are shared with other threads through a list: a value another thread can
# see must never change in place.
import threading

shared = [1 << 80, 1 << 90]
results = {}


def work(tid):
    total = shared[tid % 2]          # starts as a shared object
    mine = 1 << 70                   # this thread's own
    for i in range(20000):
        total += i                   # a new object first, then in place
        mine -= i
        if i % 5000 == 0:
            shared.append(total)     # now shared: must be copied next time
    results[tid] = (total, mine)


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for tid in sorted(results):
    print(tid, results[tid])
print(shared[0] == 1 << 80, shared[1] == 1 << 90)
print(sorted(shared[2:]))
