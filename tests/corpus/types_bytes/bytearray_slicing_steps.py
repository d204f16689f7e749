ba = bytearray(range(10))
print(ba[::2], ba[::-3], ba[2:8:2])
ba[::2] = b"\xff" * 5
print(list(ba))
del ba[::3]
print(list(ba))
ba[2:2] = b"\x07\x07"
print(list(ba))
try:
    ba[::2] = b"\x00"
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(b"abc") + b"d", b"d" + bytearray(b"abc"), type(b"d" + bytearray(b"abc")).__name__)
print(bytearray(b"x") * 3, bytearray(b"a") < bytearray(b"b"), bytearray(b"abc").upper())
