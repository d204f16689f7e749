print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0x263A), chr(0x1F600))
print(ord("A"), ord("a"), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
