b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.swapcase(), b.strip().title())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"a\nb\r\nc".splitlines())
print(b"-".join([b"x", b"y", bytearray(b"z")]), b"abcabc".replace(b"b", b"BB"), b"abc".replace(b"b", b"", 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".find(108))
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace())
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."))
print(b"data.bin".removesuffix(b".bin"), b"\xe2\x82\xac".decode(), b"abc".decode("ascii"))
print(b"hello world".capitalize(), b"a\tb".expandtabs(4), b"AbC".islower(), b"ABC".isupper())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
