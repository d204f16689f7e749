# Compiled loops whose binary operations, truth tests, `in` tests and
# unpacking are left to the JIT's helpers, which run the interpreter's
# specialized forms on its inline caches: every form hit, missed and
# re-specialized while the loop runs (types changing part way).

class S(str):
    def __add__(self, other):
        return "S+" + str(other)

class Truthy:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return self.n % 3 != 0

class Bag:
    def __contains__(self, x):
        return x == 7

def strings(n):
    acc = ""
    out = []
    for i in range(n):
        a = "x" if i % 5 else S("s")
        b = str(i % 3)
        out.append(a + b)     # BINARY_OP_ADD_STR, then a subclass that misses
    return out

def float_other(n):
    t = 0.0
    for i in range(n):
        x = i * 0.5 + 1.0
        y = (i % 4) + 0.25
        t += x % y             # BINARY_OP_FLOAT_OTHER (modulo)
        t += x ** 0.5
        if i == n // 2:
            y = 2              # an int operand now
            t += x % y
    return round(t, 6)

def truths(n):
    seen = []
    vals = [[], [1], "", "a", None, 0, 3, Truthy(1), Truthy(3), (), (1,), 0.0]
    for i in range(n):
        v = vals[i % len(vals)]
        if v:                  # TO_BOOL of boxed values of many kinds
            seen.append(i % len(vals))
    return seen

def contains(n):
    hits = 0
    cs = [{1: 2, 7: 8}, {7, 9}, [1, 7], (7,), "a7b", Bag(), frozenset({7})]
    for i in range(n):
        c = cs[i % len(cs)]
        k = "7" if isinstance(c, str) else 7
        if k in c:
            hits += 1
        if k not in c:
            hits -= 100
    return hits

def unpacks(n):
    total = 0
    seqs = [(1, 2), [3, 4], iter((5, 6)), "ab", range(7, 9), {9: 0, 10: 0}]
    for i in range(n):
        s = seqs[i % len(seqs)]
        if isinstance(s, type(iter(()))):
            s = iter((5, 6))
        a, b = s
        if isinstance(a, str):
            a, b = len(a), len(b)
        total += a * 10 + b
    return total

def unpack_errors():
    for s in [(1, 2, 3), [1], iter([1, 2, 3]), 5]:
        for i in range(3):
            try:
                a, b = s
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
                break

print(strings(40)[:12])
print(float_other(400))
print(truths(60))
print(contains(70))
print(unpacks(60))
unpack_errors()
