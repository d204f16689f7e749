z = 3 + 4j
print(abs(z), z.real, z.imag, type(z.real).__name__)
print(abs(1 + 1j), abs(-5j), abs(0j), abs(complex(1e200, 1e200)))
w = complex(2.5, -1)
print(w.real, w.imag, w.conjugate().imag)
print((1j).real, (1j).imag, (5).imag, (5.0).imag)
print(complex(1, 2).real + complex(1, 2).imag)
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
