print(format(0.1 + 0.2, ".17g"), format(0.1, ".20f"))
print(format(1e16, ".0f"), format(2 ** 64, ","), format(-1234.5, ",.1f"))
print(format(12.34, "010.3f"), format(-12.34, "010.3f"), format(12.34, "+010.3f"))
print(format(0, "e"), format(0.0, "g"), format(-0.0, "g"), format(1e-5, "g"), format(123456, "e"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(10, ".2%"), format(1 / 8, "%"))
print(format("abc", ".1"), format("abc", "5.2"), format("abc", "<"))
print(repr(format(3, "")), repr(format(3.0, "")), format(1e300 * 10, ""))
print(format(1234, "08,d"), format(1234567.0, "_.2f"))
print(format(-0.0001, "z.2f"), format(-0.0001, ".2f"))
for spec in ["d", "x", ",.2f", "c"]:
    try:
        print(spec, format(1.5, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
