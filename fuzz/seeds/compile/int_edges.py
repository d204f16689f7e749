vals = [0, 1, -1, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 2**63 - 1, -2**63, 2**63, 2**64, -(2**64), 10**30]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: divmod(a, b), lambda a, b: a ** (b % 70), lambda a, b: a << (b % 130), lambda a, b: a >> (b % 200),
       lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: pow(a, b % 50, b or 1), lambda a, b: a / b]
for op in ops:
    for a in vals:
        for b in vals[::3]:
            try:
                op(a, b)
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                pass
print(pow(2, -1, 5), pow(3, 10**9, 7), hash(-1), hash(2**61 - 1), hash(-2**62), -(-2**62), abs(-2**62))
for x in [1 >> 10**100, (-1) >> 10**100, int('1' * 4300), round(1e308, -400), round(12345, -2**62), (2**62) // -1]:
    print(str(x)[:20])
for bad in [lambda: 1 << -1, lambda: 1 << 2**64, lambda: int('1' * 5000), lambda: pow(0, -1), lambda: 2 ** -2 ** 62,
            lambda: (10**400) / 3, lambda: float(10**400), lambda: int(float('inf')), lambda: int(float('nan')), lambda: (2**62).to_bytes(1, 'big'),
            lambda: int.from_bytes(b'\xff' * 100, 'little', signed=True), lambda: (-5).bit_length(), lambda: int('0x', 16), lambda: int('12', 37)]:
    try:
        print(str(bad())[:20])
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__)
