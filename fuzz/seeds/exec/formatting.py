x = 3.5
print(f"{x:{'>'}{20}}", f"{x!r:^10}", f"{'a'!a}", f"{x=}")
for spec in ['10000000000d', ',.3f', '_b', '#x', '+08.3e', '%', 'z.2f', '.1000f', '=^30,', 'c', 'n', '.0g']:
    for v in [1, -1.5, 10**30, float('inf'), float('nan'), True, 2**63]:
        try:
            format(v, spec)
        except (ValueError, OverflowError, MemoryError, TypeError) as e:
            pass
for fmt, args in [('%*d', (10**9, 1)), ('%.*f', (1000, 1.0)), ('%(a)s', {'a': 1}), ('%c', 0x110000),
                  ('%s %s', (1,)), ('%', ()), ('%z', 1), ('%5.3s', 'abcdef'), ('%x', 2.0), ('%r', [1])]:
    try:
        print(fmt % args)
    except (ValueError, TypeError, OverflowError, MemoryError, KeyError) as e:
        print(type(e).__name__)
for t in ['{0[0]}', '{0.real}', '{}{}', '{0}{}', '{:{}}', '{!x}', '{', '}', '{0:{1:{2}}}', '{a.b[c]}']:
    try:
        print(t.format([1], 2, 3, a=1))
    except Exception as e:
        print(type(e).__name__)
