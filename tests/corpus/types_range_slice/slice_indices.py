cases = [slice(None), slice(2, None), slice(None, 3), slice(-2, None), slice(None, None, -1),
         slice(1, 100, 2), slice(-100, -1), slice(5, 1, -1), slice(None, None, -3), slice(3, 3)]
for s in cases:
    for n in (0, 5, 10):
        idx = s.indices(n)
        print(s, n, idx, len(range(*idx)))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) < slice(1, 3))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
