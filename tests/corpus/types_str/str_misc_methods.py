print("hello".count("l"), str.upper("x"), "a-b".split("-", maxsplit=1))
print(len(str(12345)), str(None), str(3.0), str([]), str(()))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("cd"), "ab".__mul__(2))
print("x".join(map(str, range(3))), "%s-%d" % ("a", 5), "%05.1f|%-4s|%x" % (3.14159, "ab", 255))
print("%(a)s %(b)r" % {"a": 1, "b": "two"}, "%c%c" % (72, "i"), "%%", "%i%%" % 50)
print("%10s|%-10s|" % ("r", "l"), "%.2s" % "abcdef", "%+d %+d" % (5, -5), "%o %X %e" % (8, 255, 12345.678))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
