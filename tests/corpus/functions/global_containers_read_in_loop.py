# Module-level lists, dicts and instances read in hot loops (values that are
# neither immortal nor deferred: read through the globals' entry), while the
# loop rebinds them, rebinds other globals, deletes and re-adds them.

TABLE = [1, 2, 3]
COUNTS = {}
counter = 0


class Box:
    def __init__(self, v):
        self.v = v


BOX = Box(10)


def read_all(n):
    global counter, TABLE, BOX
    total = 0
    for i in range(n):
        total += TABLE[i % 3] + BOX.v
        COUNTS[i % 5] = COUNTS.get(i % 5, 0) + 1
        counter += 1
        if i == 40:
            TABLE = [10, 20, 30]
        if i == 70:
            BOX = Box(-1)
    return total


def missing_then_back(n):
    out = []
    for i in range(n):
        try:
            out.append(len(EXTRA))
        except NameError as e:
            out.append(str(e))
        if i == 3:
            globals()["EXTRA"] = [0] * i
        if i == 6:
            del globals()["EXTRA"]
    return out


print(read_all(100), counter, sorted(COUNTS.items()), TABLE, BOX.v)
print(missing_then_back(10))
print(read_all(50), counter)
