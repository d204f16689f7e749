# active_count(), enumerate(), current_thread() identity and threads that
# were not started through threading (they get a _DummyThread).
import _thread
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
release = threading.Event()
started = threading.Semaphore(0)


def parked():
    started.release()
    release.wait()


threads = [threading.Thread(target=parked, name="parked-%d" % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads), threading.main_thread() in threading.enumerate())
release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

# a thread started with _thread is seen as a daemonic dummy thread
info = []
finished = threading.Event()


def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                 me is threading.current_thread(), me.ident == threading.get_ident()))
    finished.set()


_thread.start_new_thread(raw, ())
finished.wait()
print(info)
print(threading.Thread(target=raw).name)
