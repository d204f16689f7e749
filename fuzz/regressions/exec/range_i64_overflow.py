# Fuzz finding (exec): `range.__getitem__` with a slice multiplied the steps
# without overflow checks (panic in debug builds); len/index/contains/reversed
# of ranges spanning more than 2**63 overflowed the same way. Three slices
# still raise OverflowError where CPython returns a range whose step (or
# stop) lies beyond 64 bits.
for f in [lambda: range(0, 10, 2**62)[::4], lambda: range(-2**63, 2**63 - 1)[::2**62],
          lambda: len(range(-2**63, 2**63 - 1)), lambda: range(-2**63, 2**63 - 1)[-1],
          lambda: range(-2**63, 2**63 - 1).index(2**63 - 2), lambda: (2**63 - 2) in range(-2**63, 2**63 - 1),
          lambda: list(reversed(range(0, -2**63, -2**63))), lambda: range(2**63 - 2, -2**63, -2**62)[::-3],
          lambda: range(5, 2**63 - 1, 2**62)[1:2**62:2**61], lambda: range(-2**63, 2**63 - 1) == range(-2**63, 2**63 - 1, 1)]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
