for make in (lambda: "ab" * 10**15, lambda: [0] * 10**12, lambda: (1,) * 10**12,
             lambda: b"x" * 10**15, lambda: bytearray(10**15), lambda: "x" * -1,
             lambda: [None] * (2**63), lambda: "a" * (2**64 + 1), lambda: 10**15 * "ab"):
    try:
        print(len(make()))
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__)
s = "x" * (1 << 20)
s2 = s * 8
print(len(s2))
