# Fuzz finding (exec, timeout): int('6000...' * 5000) parsed all 6.4 million
# digits (quadratic) before applying the 4300-digit limit. The limit is now
# checked on the digit count first, and str()/format()/'%d' of huge ints
# refuse before converting, as CPython does.
big = 1 << 10**6
for f in [lambda: int('6' * 10**6), lambda: int('1' * 5000 + 'x'), lambda: int(' -' + '1_' * 4400 + '1 '),
          lambda: int('0' * 4301), lambda: int(b'7' * 10**5), lambda: int('9' * 10**5, 7), lambda: int('1' * 10**5, 0),
          lambda: len(str(int('f' * 10**4, 16) > 0)), lambda: int('1' * 10**4, 2).bit_length(), lambda: int('1' * 4300) % 97,
          lambda: str(big), lambda: repr(-big), lambda: format(big, 'd'), lambda: format(big, ',') , lambda: f'{big}',
          lambda: '%d' % big, lambda: '%i' % -big, lambda: len('%x' % big), lambda: len(format(big, 'b')),
          lambda: str(1 << 14287)[:5], lambda: str(1 << 14288)[:5], lambda: len(str(10**4299)), lambda: len(str(10**4300))]:
    try:
        print(f())
    except ValueError as e:
        print(str(e)[:90])
