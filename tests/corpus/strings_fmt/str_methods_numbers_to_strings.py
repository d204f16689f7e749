print(str(10), str(-0), str(3.0), str(1e-10), str(2 ** 0.5), str(10 ** 21 * 1.0))
print(repr(1.10), repr(100.0), repr(1e21), repr(1e20), repr(123e-20))
print(int("  -007 "), int("+5"), int("1010", 2), int("z", 36), int("0", 8))
print(float("1e400"), float("-0"), float(".5"), float("5."), float("nan") != float("nan"))
for bad in ["", "1.5", "0x10", "1 000"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print(hex(255), oct(255), bin(255), hex(-1), bin(0))
print(round(1234.5678, -2), round(1234.5678, 1), round(-0.5), round(1.5), round(5, -1), round(15, -1), round(25, -1))
print(str(True), str(False), repr(None), str(...))
