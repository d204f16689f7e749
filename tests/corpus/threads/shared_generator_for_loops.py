# Several threads run `for` loops over one generator: each item goes to
# exactly one of them; a thread that finds it already running gets
# ValueError and tries again.
import threading


def numbers(n):
    for i in range(n):
        yield i


g = numbers(20000)
outs = [[] for _ in range(4)]
retries = [0] * 4


def worker(k):
    while True:
        try:
            for x in g:
                outs[k].append(x)
            return
        except ValueError as e:
            assert str(e) == "generator already executing", e
            retries[k] += 1


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
every = sorted(x for out in outs for x in out)
print(len(every), every == list(range(20000)))
