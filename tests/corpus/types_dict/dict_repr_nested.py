d = {"s": "str", "n": None, "f": 1.5, "l": [1, {"x": (1,)}], "t": (), 1: {2: {3: {}}}}
print(d)
print(str(d) == repr(d))
print({"quote": "it's", 'dq': 'a"b'}, {b"k": b"v"}, {(1, "a"): frozenset([2])})
print({}, dict(), {1: set()}, {"e": []})
print({True: 1, None: 2, 0.5: 3, -1: 4})
