import string
f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name:>5}|", name="ab"))
print(list(f.parse("a{0}b{x:>3}c")))
