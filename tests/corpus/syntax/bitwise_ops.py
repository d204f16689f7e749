print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100, -17 >> 1)
print(0b1100 & ~0b0100)
print(bin(-5), bin(5 & -5), hex(-255))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~True, -True)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.5 & 1)
except TypeError as e:
    print(type(e).__name__, e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {2})
