# Subscripts and comparisons inside compiled loops that the compiled code
# leaves to helpers: the helpers run the instruction's specialized form
# (dict, tuple, str subscripts; str, float and int comparisons) and fall back
# to the generic operation, re-specializing the site, when the operands'
# types change while the loop runs.


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


class Seq:
    def __getitem__(self, i):
        return i * 10


def lookups(containers, keys):
    out = []
    for c in containers:
        for k in keys:
            try:
                out.append(c[k])
            except (KeyError, IndexError, TypeError) as e:
                out.append(type(e).__name__)
    return out


d = {"a": 1, "b": 2, 0: "zero", Key(1): "key1"}
containers = [d, (5, 6, 7), "xyz", [9, 8], Seq(), {"a": -1}]
keys = ["a", 0, 1, -1, "b", Key(1), 5]
print(lookups(containers, keys))
print(lookups([d] * 50, ["a", "b"])[-4:])
print(lookups([d] * 30 + [(1, 2)] * 30, [0, 1])[-6:])


def count_less(items, pivot):
    n = 0
    for x in items:
        if x < pivot:
            n += 1
    return n


words = ["pear", "apple", "fig", "kiwi", "banana"] * 20
print(count_less(words, "grape"))
print(count_less([1.5, 2.5, -3.0, 7, 2] * 20, 2.5))
print(count_less(list(range(100)) + [2**70, -2**70], 50))
mixed = words[:10] + [1, 2]
try:
    print(count_less(mixed, "m"))
except TypeError as e:
    print("TypeError:", e)


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v % 3 == 0


print(count_less([Weird(i) for i in range(30)] + ["x"] * 5, "y"))
nan = float("nan")
print(count_less([nan, 1.0, 2.0, nan] * 10, 1.5), count_less([1.0, 2.0] * 10, nan))


def chained(items):
    n = 0
    for a, b in items:
        if "a" <= a < b <= "zz":
            n += 1
        if a == b or a != b:
            n += 1
    return n


print(chained([("b", "c"), ("c", "b"), ("a", "a")] * 20))
try:
    chained([("b", "c")] * 20 + [(1, 2), (2, 1)] * 5)
except TypeError as e:
    print("TypeError:", e)
