# More threads than cores could take turns on, each in a long compiled loop
# with no call in it: the loops must let the others run (in both lock
# modes) and all finish with exact results.
import threading

results = [0] * 4


def spin(k, n):
    a = k
    b = 1
    i = 0
    while i < n:
        a = (a * 31 + i) % 1_000_003
        b = b ^ (a << 3)
        i += 1
    results[k] = (a, b)


ts = [threading.Thread(target=spin, args=(k, 300_000)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
