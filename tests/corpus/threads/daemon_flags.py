# Daemon flags: explicit, inherited from the creating thread, the
# deprecated accessors, and daemon threads left running at exit.
import threading

print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)
t = threading.Thread(daemon=False)
t.daemon = True
print(t.daemon, repr(t))

seen = []


def child():
    seen.append(("child", threading.current_thread().daemon))


def parent():
    c = threading.Thread(target=child)
    seen.append(("parent", threading.current_thread().daemon, c.daemon))
    c.start()
    c.join()


for flag in (False, True):
    p = threading.Thread(target=parent, daemon=flag)
    p.start()
    p.join()
print(seen)

# a daemon thread still blocked at exit does not keep the program alive
forever = threading.Event()
d = threading.Thread(target=forever.wait, name="sleeper", daemon=True)
d.start()
print(d.is_alive(), repr(d)[: repr(d).rindex(" ")] + ")")

# a non-daemon thread still running when the main code ends is waited for
go = threading.Event()
done = []


def late():
    go.wait()
    done.append("late finished")
    print("late thread ran to completion")


n = threading.Thread(target=late)
n.start()
print("main code done", threading.active_count())
go.set()
