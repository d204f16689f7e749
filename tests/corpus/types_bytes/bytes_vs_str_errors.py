tests = [
    lambda: "abc" == b"abc",
    lambda: b"x" in bytearray(b"xy"),
]
for t in tests:
    print(t())
for fn in [lambda: b"abc".find("a"), lambda: "a" in b"abc", lambda: b"a".join(["a"]), lambda: b"a".split("a"),
           lambda: bytes(-1), lambda: b"abc".decode("utf-8").encode(5)]:
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
