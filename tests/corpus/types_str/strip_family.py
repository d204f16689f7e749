s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip("helo"), "hello".strip(""))
print("www.example.com".strip("cmowz."))
print(repr("\u00a0 nbsp \u2003".strip()))
print("  x  ".strip(None), "--x--".lstrip("-").rstrip("x-"))
