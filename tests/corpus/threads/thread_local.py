# threading.local: every thread sees its own attributes; a subclass's
# __init__ runs again (with the same arguments) in each thread that uses it.
import threading

data = threading.local()
data.value = "main"
seen = []
lock = threading.Lock()


def worker(i):
    before = hasattr(data, "value")
    data.value = i
    data.square = i * i
    threading.Event().wait(0.001)
    with lock:
        seen.append((i, before, data.value, data.square, sorted(data.__dict__)))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for s in sorted(seen):
    print(s)
print("main still sees:", data.value, hasattr(data, "square"), data.__dict__)

try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
del data.value
print(hasattr(data, "value"), threading.local.__name__, threading.local.__module__)


class Config(threading.local):
    inits = 0
    kind = "class attribute"

    def __init__(self, color, size=1):
        Config.inits += 1
        self.color = color
        self.size = size

    def describe(self):
        return "%s/%s" % (self.color, self.size)

    @property
    def big(self):
        return self.size * 100


cfg = Config("red", size=2)
cfg.size = 3
print(cfg.describe(), cfg.big, cfg.kind, Config.inits)
out = []


def use_config(i):
    first = cfg.describe()  # __init__ re-ran here with ("red", size=2)
    cfg.size = i
    out.append((i, first, cfg.describe(), cfg.big, cfg.kind))


threads = [threading.Thread(target=use_config, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for o in sorted(out):
    print(o)
print(cfg.describe(), Config.inits)
try:
    cfg.big = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    cfg.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
