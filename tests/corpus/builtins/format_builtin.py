print(format(42), format(42, "d"), format(42, "5d"), format(42, "<5d") + "|", format(42, "^7") + "|")
print(format(42, "x"), format(42, "X"), format(42, "o"), format(42, "b"), format(42, "#x"), format(42, "#b"), format(42, "#o"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.14159, "+.1f"), format(3.0, "e"), format(1234.5, ".2e"))
print(format(0.5, "%"), format(0.125, ".1%"), format(1234567, ","), format(1234567.891, ",.2f"), format(1234567, "_"))
print(format("abc", "10") + "|", format("abc", ">10"), format("abc", "*^9"), format("abcdef", ".3"))
print(format(5, "08.3f"), format(-5, "08d"), format(5, "+d"), format(5, " d"), format(-5, "=8d"))
print(format(1e20, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(0.0001, "g"), format(100000.0, "g"), format(1000000.0, "g"))
print(format(1.5, ""), format(1e16, ""), format(True), format(None))
print(format(255, "#010x"), format(10**20, ","), format(0xFFFF, "_x"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
