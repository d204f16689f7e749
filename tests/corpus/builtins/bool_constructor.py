vals = [0, 1, -1, 0.0, -0.0, 0.1, "", "0", "False", [], [0], (), {}, {0: 0}, set(), None, 0j, range(0), range(1), b"", b"\x00"]
for v in vals:
    print(repr(v), bool(v))
print(bool())

class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(T()), bool(L()), bool(Plain()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
