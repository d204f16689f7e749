print(True + True, True * 10, True - False, -True, ~True, True / 2, True // 2, True ** 2)
print(True == 1, False == 0, True is 1 == False, True > False, sum([True] * 5))
print(type(True + 1).__name__, type(True & False).__name__, type(True | 1).__name__, type(not 1).__name__)
print(True and 5, False and 5, 0 or "x", "" or 0, None or [], 1 and 2 and 3, 0 or 0.0 or None)
print(not 0, not "", not [1], not None, not not 5)
print(str(True), repr(False), int(True), float(False), True.__class__.__name__, bool.__bases__)
print([1, 2, 3][True], {True: "t"}[1], isinstance(False, int), "abc" * True)
print(f"{True:d}", f"{True}", f"{False:>6}|", format(True, "5"), "%d %s" % (True, True))
print(True.real, True.imag, True.numerator, (True).bit_length())
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
