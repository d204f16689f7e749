samples = ["plain", "it's", 'say "hi"', "both ' \"", "new\nline", "tab\t", "back\\slash",
           "\x00\x01\x1f", "\x7f", "é", "\u2028", "日本", "\U0001f40d", "\ud800" if False else "ok"]
for s in samples:
    print(repr(s), len(s))
print(ascii("é日\U0001f40d"))
print(str(b"abc"), repr(b"\n\x00\x80"), repr(bytes(range(250, 256))))
print(repr("a" + chr(0x85) + chr(0xa0) + chr(0xad)))
