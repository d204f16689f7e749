import functools
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["ccc", "a", "bb", "aa", "b", "abc"]
print(sorted(words, key=functools.cmp_to_key(compare)))
print(sorted(words, key=functools.cmp_to_key(compare), reverse=True))
print(max(words, key=functools.cmp_to_key(compare)))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]))
print(max(Version(3), Version(2, 9)))
