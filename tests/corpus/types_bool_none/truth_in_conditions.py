# Truth tests of every kind of value in conditions (TO_BOOL and its specialized
# forms), repeated so the sites specialize and then meet other types.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __len__(self): return 0
class Bad:
    def __bool__(self): raise ValueError("no truth")
vals = [True, False, 0, 1, -3, 2**70, 0.0, 1.5, None, [], [1], "", "x", (), (1,), {}, {1: 2}, B(True), B(False), L(), set(), b"", b"a"]
for rnd in range(3):
    out = []
    for v in vals:
        if v: out.append(1)
        else: out.append(0)
        if not v: out.append(2)
        out.append(3 if v else 4)
        while v:
            out.append(5); break
        out.append(int(bool(v and 1)))
    print(rnd, out)
for v in [0, 1, None, [], "a"] * 3:
    assert v or v == 0 or v is None or v == [] , v
try:
    if Bad(): pass
except ValueError as e: print("VE", e)
class Weird:
    def __bool__(self): return 2
try:
    if Weird(): pass
except TypeError as e: print("TE", e)
print([x for x in range(10) if x % 3])
