# Event: waiting threads are released together by set(); wait() timeouts.
import threading

start = threading.Event()
arrived = []
arrived_lock = threading.Lock()
all_arrived = threading.Event()
results = []


def runner(i):
    with arrived_lock:
        arrived.append(i)
        if len(arrived) == 4:
            all_arrived.set()
    ok = start.wait()
    results.append((i, ok, start.is_set()))


threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
print("all arrived:", all_arrived.wait(5))
print("nobody passed yet:", results)
start.set()
for t in threads:
    t.join()
print(sorted(results))

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), repr(e).endswith(": unset>"))
e.set()
print(e.is_set(), e.wait(0), e.wait(), repr(e).endswith(": set>"))
e.set()
e.clear()
print(e.is_set(), e.wait(timeout=0.01))

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
rally = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        rally.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    rally.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(rally)
