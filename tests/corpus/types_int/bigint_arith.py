a = 2**100
b = 3**70
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(a ** 3)
print(10**50 + 1, 10**50 - 1)
print(-(10**40))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 10**30, f % 1000007)
print(2**64 == 18446744073709551616, 2**63 - 1, -(2**63))
print((2**200) // (2**199), (2**200) >> 195, 1 << 130)
print((-(2**100)) >> 90, (2**100 + 12345) & 0xFFFF, (2**70) | 1, (2**70) ^ (2**70 + 5))
print(~(2**80), -(2**80) & (2**81 - 1))
print(len(str(2**10000)))
print(str(7**77)[:20])
