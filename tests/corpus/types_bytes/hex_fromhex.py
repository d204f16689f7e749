b = b"\x00\x0f\xab\xff"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -1), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD  BE EF"), bytes.fromhex(""))
print(bytearray.fromhex("0a0b"), bytearray(b"\x01\x02").hex())
print(bytes.fromhex(b.hex()) == b)
for bad in ["0", "zz", "0 1"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
