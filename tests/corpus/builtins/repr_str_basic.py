print(repr("abc"), str("abc"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there\nnewline\\back"))
print(repr("\x00\x7f\x1b"), repr("é"), repr("\u200b"), repr("😀"))
print(repr(1), repr(1.0), repr(-0.0), repr(True), repr(None))
print(repr([1, "a", (2,)]), str([1, "a", (2,)]))
print(repr({"k": "v"}), repr(()), repr((1,)), repr(set()), repr({1}))
print(str(b"x"), repr(b"'\""))
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
print(repr(R()), str(R()), str(S()))
print([R(), R()])
print(f"{R()!r} {S()!s}")
