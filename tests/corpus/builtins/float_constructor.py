print(float(), float(3), float("3.25"), float("  -1.5e3 "), float("1_000.5"))
print(float("inf"), float("-inf"), float("+Infinity"), float("INF"), float("nan"), float("-NaN"))
print(float(".5"), float("5."), float("1e-3"), float("1E+3"), float(True))
print(float(10**20), float("0x10".replace("0x", "")))
print(float("1e400"), float("-1e400"), float("1e-400"))
for bad in ["abc", "", "1.2.3", "1e", "in f", "0x10", "1__0", "nan1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
