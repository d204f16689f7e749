vals = [0.0, -0.0, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 1/3, 2.0**53 + 1]
for a in vals:
    print(repr(a), a.hex() if a == a and abs(a) != float('inf') else '', round(a, 3) if a == a and abs(a) != float('inf') else '', hash(a))
    for b in vals[::2]:
        for op in (lambda: a + b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: a ** b, lambda: divmod(a, b)):
            try:
                op()
            except (ZeroDivisionError, OverflowError, ValueError):
                pass
print(float.fromhex('0x1.fp3'), (1.5).as_integer_ratio(), (0.1).is_integer(), float('1_0.0_1'))
c = complex(1, -0.0)
print(c, c * c, c ** 0.5, abs(3+4j), (1j) ** 2, complex('1.5-2j'), -c, c.conjugate(), (1+2j) / (3-4j))
for bad in [lambda: 1j // 1, lambda: (0j) ** -1, lambda: 1j < 2j, lambda: float('x'), lambda: (1e308) ** 2, lambda: int(1e308) % 7]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
