print("[" + "abc".center(9) + "]", "[" + "abc".center(8) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abcd".center(2) + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, ".") + "]", "[" + "abc".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(3), "-".zfill(3))
print("[" + "a".center(4) + "]", "[" + "a".center(5, "-") + "]", "[" + "ab".center(5, "-") + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("日本".center(6, "*"), "é".rjust(3, "ü"))
