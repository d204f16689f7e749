a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a ** 2, a * 2, 2 * a, a / 2, -a, +a)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 0, 2 ** 1j == 2 ** 1j)
print(a == 3 + 4j, a != b, 1 + 0j == 1, 0j == 0.0)
print(a.conjugate(), (1j).conjugate())
print(complex(1, 2) + 1.5, 1.5 - complex(0, 1))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a % 2
except TypeError as e:
    print(type(e).__name__, e)
