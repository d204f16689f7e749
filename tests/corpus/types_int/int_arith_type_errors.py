tests = [
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: 1 < "a",
    lambda: [] < 1,
    lambda: 2 ** "x",
    lambda: -"s",
    lambda: ~1.5,
    lambda: 1 // "a",
    lambda: None + 1,
    lambda: 5 & 1.0,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
print(3 * "ab", "ab" * 3, [0] * 2, 2 * (1,), 0 * "x", -1 * [1])
