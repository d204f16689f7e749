# Floor division and modulo at the edges of the one-word int range.
M = 2**62
for x in [0, 1, -1, 7, -7, M - 1, -M, -M + 1, 123456789, -987654321]:
    for y in [1, -1, 2, -2, 3, -3, 7, M - 1, -M]:
        print(x // y, x % y, divmod(x, y))
