# ThreadPoolExecutor.submit and map: results come back in submission order.
from concurrent.futures import ThreadPoolExecutor, Future
import threading


def square(x):
    return x * x


def power(base, exp=2):
    return base ** exp


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, n) for n in range(10)]
    print("submit results:", [f.result() for f in futures])
    print("all Future:", all(isinstance(f, Future) for f in futures))
    print("kwargs:", ex.submit(power, 3, exp=4).result())
    print("map:", list(ex.map(square, range(8))))
    print("map two iterables:", list(ex.map(power, [2, 3, 4], [5, 3])))
    print("map timeout:", list(ex.map(square, [7, 8], timeout=5)))
    print("map chunksize:", list(ex.map(str.upper, "abc", chunksize=2)))
    print("map empty:", list(ex.map(square, [])))
    results = ex.map(len, ["a", "bb", "ccc"])
    print("map is lazy iterator:", next(results), list(results))

# Worker threads are named <prefix>_<n>.
seen = set()
lock = threading.Lock()


def record(_):
    with lock:
        seen.add(threading.current_thread().name)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    list(ex.map(record, range(20)))
print("thread names within prefix:", seen <= {"pool_0", "pool_1"}, len(seen) >= 1)

# The initializer runs once in each worker before any task.
state = threading.local()
inits = []


def init(tag):
    state.tag = tag
    with lock:
        inits.append(tag)


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as ex:
    tags = list(ex.map(lambda _: state.tag, range(6)))
print("initializer:", tags, set(inits), 1 <= len(inits) <= 2)

# Default thread names use ThreadPoolExecutor-<counter>_<n>.
with ThreadPoolExecutor(1) as ex:
    name = ex.submit(lambda: threading.current_thread().name).result()
prefix, _, index = name.rpartition("_")
print("default name:", prefix.split("-")[0], index, prefix.split("-")[1].isdigit())
