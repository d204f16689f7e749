data = b"AZaz09"
for x in data:
    print(x, end=" ")
print()
print(list(data), tuple(data[:2]), sum(data), max(data), sorted(b"cab"))
print(bytes(x ^ 0x20 for x in b"Hello"), bytes(reversed(b"abc")))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"))
print(str(b"abc"), str(b"abc", "ascii"), b"abc".decode())
print(b"%d-%s-%x" % (5, b"s", 255), b"%5b|" % b"ab", b"%c" % 65)
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"), {b"k": 1}[b"k"])
print(memoryview(b"abc")[1], bytes(memoryview(b"xyz")[1:]), memoryview(b"ab").tolist())
