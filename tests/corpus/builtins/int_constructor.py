print(int(), int(3.9), int(-3.9), int(True), int("42"), int("-17"))
print(int("  12  "), int("\t+5\n"), int("1_000_000"), int("0_1"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("z", 36), int("Zz", 36), int("777", 8), int("10", 2))
print(int("0", 0), int("00", 0), int("1_0", 0))
print(int("123456789012345678901234567890"))
print(int(1e20), int(-1e-5))
print(int("٣"))
for bad in ["abc", "1.5", "", " ", "1__0", "_1", "1_", "0x10", "++1"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad, base in [("012", 0), ("2", 2), ("g", 16)]:
    try:
        int(bad, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("1", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
