s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("a\tb\nc\r\nd\x0be\x0cf".split())
print("x".split("x"), "xx".split("x"), "a b".split(" ", 0), "a b".split(" ", -1))
print("1 2 3".split(None, 0), "  lead".split(None, 0), "  lead  ".rsplit(None, 0))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("a\u3000b\u00a0c".split())
