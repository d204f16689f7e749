print(complex(), complex(1), complex(1.5), complex(1, 2), complex(real=3, imag=-1))
print(complex("1+2j"), complex("3"), complex("-2.5j"), complex(" 1-1j "), complex("j"), complex("(1+2j)"))
print(complex("1e3+1e-3j"), complex("inf+nanj"), complex(1j, 1j), complex(True, False))
for bad in ["1 + 2j", "abc", "1+", "", "2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
