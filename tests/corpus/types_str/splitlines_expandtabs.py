text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines())
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r".splitlines())
print("a\nb".split("\n"), "a\nb\n".split("\n"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("12345\t|".expandtabs(3)), repr("a\nb\tc".expandtabs(2)))
