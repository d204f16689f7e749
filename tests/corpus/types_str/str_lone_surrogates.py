s = "a\ud800b"
print(len(s), repr(s), hex(ord(s[1])))
print(ascii(s))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(s.encode("utf-8", "surrogatepass"))
print(repr(chr(0xdc80)))
print(b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
