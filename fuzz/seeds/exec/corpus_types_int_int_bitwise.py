print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, -17 >> 1)
print(-5 & 0xFF, -5 | 2, -5 ^ -3, 6 & -6)
print(1 << 0, 5 >> 0, 0 << 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
