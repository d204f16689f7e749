# Barrier: arrival indices, the action run once per cycle, reuse across
# cycles, and the broken states (timeout, abort, failing action, reset).
import threading

N = 4
log = []
log_lock = threading.Lock()
cycles = []
barrier = threading.Barrier(N, action=lambda: cycles.append(len(cycles)))


def phase_worker(i):
    for phase in range(3):
        with log_lock:
            log.append((phase, i))
        idx = barrier.wait()
        with log_lock:
            log.append((phase, "idx", idx))


threads = [threading.Thread(target=phase_worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("cycles:", cycles)
for phase in range(3):
    idxs = sorted(e[2] for e in log if e[0] == phase and e[1] == "idx")
    print("phase", phase, "indices", idxs)
# nobody starts phase p+1 before everyone has arrived at phase p
arrivals = [i for i, e in enumerate(log) if e[1] != "idx"]
print("phases ordered:", all(log[a][0] <= log[b][0] for a, b in zip(arrivals, arrivals[1:])))
print(barrier.parties, barrier.n_waiting, barrier.broken)

# a lone waiter times out and breaks the barrier
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("timeout:", repr(e), b.broken, repr(b).endswith(": broken>"))
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, b.n_waiting)

# abort() releases everybody with BrokenBarrierError
outcome = []


def waiter(bar):
    try:
        outcome.append(bar.wait())
    except threading.BrokenBarrierError:
        outcome.append("broken")


def waiters_then(bar, action):
    ts = [threading.Thread(target=waiter, args=(bar,)) for _ in range(2)]
    for t in ts:
        t.start()
    while bar.n_waiting < 2:
        threading.Event().wait(0.001)
    action()
    for t in ts:
        t.join()


b = threading.Barrier(3)
waiters_then(b, b.abort)
print("abort:", outcome, b.broken)

# reset() while threads wait: they get BrokenBarrierError, the barrier is usable
outcome.clear()
b = threading.Barrier(3)
waiters_then(b, b.reset)
print("reset:", outcome, b.broken, b.n_waiting)
outcome.clear()
ts = [threading.Thread(target=waiter, args=(b,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("reused:", sorted(outcome))


# an action that raises breaks the barrier; the raiser sees its exception
def bad_action():
    raise ValueError("action failed")


outcome.clear()
b = threading.Barrier(2, action=bad_action)


def waiter2():
    try:
        b.wait()
    except Exception as e:
        outcome.append(type(e).__name__)


ts = [threading.Thread(target=waiter2) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("action:", sorted(outcome), b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), repr(threading.Barrier(5)).endswith("waiters=0/5>"))
