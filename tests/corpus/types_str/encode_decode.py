s = "héllo €"
b = s.encode()
print(b, len(s), len(b))
print(s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b.decode(), b.decode("utf-8") == s, b"\xe9".decode("latin-1"))
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"), b"abc\xff".decode("ascii", "backslashreplace"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), "A".encode("utf-32-be"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
