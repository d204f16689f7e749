# Fuzz finding (exec): format widths/precisions and round() with a huge
# negative ndigits allocated without bound (out-of-memory abort); they now
# raise MemoryError under the allocation cap or return at once. (Meant for
# the fuzz limits: without the 16 MiB cap this allocates gigabytes.)
for f in [lambda: format(1, '10000000000d'), lambda: '{:>99999999999}'.format('x'), lambda: format(1.5, '.2000000000f'),
          lambda: '%*d' % (10**9, 1), lambda: '%.*f' % (10**9, 1.0), lambda: '%*d' % (-2**63, 1),
          lambda: round(12345, -2**62), lambda: round(12345, -10**30), lambda: round(-7, -2**63),
          lambda: round(10**40 + 5, -1), lambda: round(2**200, -30)]:
    try:
        print(str(f())[:40])
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__)
