print(b"abc", b'it\'s', b"quote\"d", b"both'\"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\")
print(repr(b""), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("hé", "utf-8"))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abc"[::-1], list(b"hi"))
print(len(b"\x00\x00"), b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(rb"\n raw", br"\x00", b"A" == b"A", b"a" < b"b", b"ab" < b"abc", b"\xff" > b"\x7f")
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes.fromhex("41 42"), type(b"x"[0]).__name__)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
