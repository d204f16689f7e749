# Operations on two shared containers at once, in opposite orders from
# different threads (a.extend(b) while b.extend(a), comparisons, updates,
# set algebra, slice assignment): no deadlock, no crash, sizes stay sane.
import threading

ITERS = 3000
a, b = list(range(10)), list(range(10, 20))
d1, d2 = {i: i for i in range(10)}, {i: -i for i in range(5, 15)}
s1, s2 = set(range(10)), set(range(5, 15))

def left():
    for i in range(ITERS):
        a.extend(b[:3])
        del a[:3]
        d1.update(d2)
        s1.update(s2)
        s1.intersection_update(range(20))
        _ = a == b, d1 == d2, s1 <= s2, a < b
        a[2:4] = b[5:7]

def right():
    for i in range(ITERS):
        b.extend(a[:3])
        del b[:3]
        d2.update(d1)
        s2.update(s1)
        s2.intersection_update(range(20))
        _ = b == a, d2 == d1, s2 >= s1, b > a
        b[2:4] = a[5:7]

threads = [threading.Thread(target=f) for f in (left, right, left, right)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(a) == 10 and len(b) == 10, (len(a), len(b))
assert set(d1) <= set(range(20)) and set(d2) <= set(range(20))
assert s1 <= set(range(20)) and s2 <= set(range(20))
print("ok")
