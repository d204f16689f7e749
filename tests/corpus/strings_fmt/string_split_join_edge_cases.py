print("".split(), "".split(","), "   ".split(), " a  b ".split(" "))
print("a,b,".split(","), ",a".split(","), "abc".split("b"), "aXbXc".split("X", 0))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("|".join(["", ""]), "|".join(["only"]), "ab".join("123"))
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError", e)
print("Hello World".split("o"), "x".center(4, "-"), "tEsT".casefold())
print("\n".join(["l1", "l2"]).splitlines(), "a\r\nb\rc\nd".splitlines())
