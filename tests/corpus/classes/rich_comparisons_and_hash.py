import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("2.0") > Version("1.9"), Version("1.0") <= Version("1.0"))
print(len({Version("1.0"), Version("1.0"), Version("2")}))
print(Version("1") == "1", max(vs))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
