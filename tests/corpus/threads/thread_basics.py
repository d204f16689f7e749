# Thread construction: default names, target names, reprs, args/kwargs,
# subclasses overriding run(), current_thread() and main_thread().
import threading


def work(a, b=0):
    results.append(("work", a, b, threading.current_thread().name))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        results.append(("Worker.run", self.n, threading.current_thread() is self))


results = []
main = threading.main_thread()
print(main.name, type(main).__name__, main is threading.current_thread())
print(main.daemon, main.is_alive())

t1 = threading.Thread(target=work, args=(1,), kwargs={"b": 2})
t2 = threading.Thread(target=work, args=(3,), name="custom")
t3 = threading.Thread()
t4 = threading.Thread(target=lambda: results.append(("lambda",)))
w = Worker(7)
t5 = threading.Thread(target=work, args=(5,), name=42)
for t in (t1, t2, t3, t4, w, t5):
    print(repr(t), "|", t.name, t.ident, t.is_alive())

for t in (t1, t2, t3, t4, w, t5):
    t.start()
for t in (t1, t2, t3, t4, w, t5):
    t.join()
for r in sorted(results, key=repr):
    print(r)

# after the run: repr says stopped, followed by the ident
for t in (t1, w):
    r = repr(t)
    print(r[: r.rindex(" ")] + ")", t.is_alive(), isinstance(t.ident, int))

# renaming and the numbering continues
t6 = threading.Thread(target=work)
print(t6.name)
t6.name = "renamed"
print(t6.name, repr(t6))
print(threading.Thread(target=print).name)
print(threading.Timer(1.0, work).name)


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name)
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
