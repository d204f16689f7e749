# floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5), (1, -5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
# floats too
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b)
print(-7 // 2 * 2 + -7 % 2)
print(5 % -3, -5 % 3, -5 % -3)
