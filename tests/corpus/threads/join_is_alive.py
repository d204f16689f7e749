# join() and is_alive(), join timeouts, and the RuntimeErrors of misuse.
import threading

gate = threading.Event()
log = []


def blocked():
    gate.wait()
    log.append("released")


t = threading.Thread(target=blocked, name="blocked")
print("before start:", t.is_alive())
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)

t.start()
print("started:", t.is_alive())
t.join(timeout=0.01)
print("after timed-out join:", t.is_alive())
t.join(timeout=-1)
print("negative timeout:", t.is_alive())

try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

gate.set()
t.join()
print("after join:", t.is_alive(), log)
t.join()  # joining a finished thread again is fine
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        log.append(str(e))


s = threading.Thread(target=join_self)
s.start()
s.join()
print(log[-1])
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
for action in (n.start, n.join):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    n.is_alive()
except AssertionError as e:
    print("AssertionError:", e)

# a chain of threads, each joining the previous one before finishing
order = []
gate2 = threading.Event()


def link(i, prev):
    gate2.wait()
    if prev is not None:
        prev.join()
    order.append(i)


prev = None
threads = []
for i in range(5):
    prev = threading.Thread(target=link, args=(i, prev))
    threads.append(prev)
    prev.start()
print([t.is_alive() for t in threads])
gate2.set()
threads[-1].join()
print(order, [t.is_alive() for t in threads])
