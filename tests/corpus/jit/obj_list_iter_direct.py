# for-loops over lists inside hot loops: compiled code advances a list
# iterator in place while one thread runs, seeing the list as it is at each
# step (items appended or removed during the loop), and leaves reversed and
# other iterators to the runtime.


class MyList(list):
    pass


def total(n):
    data = [1.5, 2.5, 3.0, -1.0]
    s = 0.0
    for k in range(n):
        for x in data:
            s += x
    return s


def appending(n):
    out = []
    for k in range(n):
        lst = [k]
        for x in lst:
            if x < k + 5:
                lst.append(x + 1)
        out.append(len(lst))
    return sum(out), out[:3]


def removing(n):
    seen = 0
    for k in range(n):
        lst = list(range(10))
        for x in lst:
            seen += x
            if x % 3 == 0 and lst:
                lst.pop()
    return seen


def shared_iterator(n):
    res = []
    for k in range(n):
        it = iter([1, 2, 3, 4, 5, 6])
        a = 0
        for x in it:
            a += x
            if x == 3:
                break
        b = 0
        for x in it:
            b += x
        c = 0
        for x in it:        # exhausted: stays exhausted
            c += 1
        res.append((a, b, c))
    return res[0], len(res)


def reversed_and_subclass(n):
    s = 0
    ml = MyList([1, 2, 3])
    for k in range(n):
        for x in reversed([10, 20, 30]):
            s = s * 7 % 1000003 + x
        for x in ml:
            s += x
    return s


def objects(n):
    class P:
        def __init__(self, v):
            self.v = v
    ps = [P(i) for i in range(6)]
    t = 0
    for k in range(n):
        for p in ps:
            t += p.v
        ps[k % 6] = P(k)          # the old one freed while others iterate
    return t


def empty_and_none(n):
    c = 0
    for k in range(n):
        for x in []:
            c += 1
        for x in [None, None]:
            c += x is None
    return c


print(total(150))
print(appending(100))
print(removing(100))
print(shared_iterator(100))
print(reversed_and_subclass(100))
print(objects(150))
print(empty_and_none(150))
