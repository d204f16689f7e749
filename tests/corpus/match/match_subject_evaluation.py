count = 0
def subject():
    global count
    count += 1
    return [1, 2, 3]
match subject():
    case [0, *_]:
        print("no")
    case [1, *rest]:
        print("rest", rest)
print("subject evaluated", count, "time(s)")
class Tracked:
    __match_args__ = ("a",)
    def __init__(self):
        self._a = 7
    @property
    def a(self):
        print("attribute a accessed")
        return self._a
match Tracked():
    case Tracked(7):
        print("seven")
match 1, 2:
    case a, b:
        print("tuple subject without parens", a, b)
match = "match is a soft keyword"
case = 1
print(match, case)
