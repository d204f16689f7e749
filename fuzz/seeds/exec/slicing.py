l = list(range(10))
for s in [slice(None, None, -1), slice(10**20, None), slice(-10**20, None, -1), slice(None, None, 2**63),
          slice(-2**63, 2**63, -2**63), slice(3, 1), slice(None, None, -3)]:
    print(l[s], 'abcdef'[s], b'abcdef'[s], tuple(range(5))[s], range(0, 100, 7)[s])
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
l[2:5] = range(100)
del l[::3]
del l[10**30:]
l[-10**30:0] = 'ab'
print(len(l))
b = bytearray(b'hello')
b[1:3] = b'XYZW'
b[::-1] = b'abcdef'
print(b)
r = range(-10**18, 10**18, 3)
print(len(r), r[-1], r[10**17] if len(r) > 10**17 else 0, 5 in r, r.index(0) if 0 in r else -1)
for bad in [lambda: range(0, 10, 0), lambda: range(10**20), lambda: len(range(-2**63, 2**63)), lambda: range(5)[10]]:
    try:
        bad()
    except (ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__)
