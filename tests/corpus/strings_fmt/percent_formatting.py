print("%s and %s" % ("a", "b"))
print("%d %i %5d %-5d| %05d" % (42, -7, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("str", "str", "é"))
print("%c%c" % (72, "i"))
print("100%% sure, %s" % "yes")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d" % 3.99, "%s" % 3.99, "%d" % True)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
