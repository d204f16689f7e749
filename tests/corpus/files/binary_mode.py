path = "/tmp/krait_corpus_binary_mode.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\r\n\x00"))
with open(path, "rb") as f:
    back = f.read()
print(len(back), back[:4], back[-5:], back[:256] == data)
with open(path, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read(3), f.tell())
    f.seek(-2, 2)
    print(f.read())
    print(f.read())
with open(path, "wb") as f:
    f.write("héllo\n".encode("utf-8"))
with open(path, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
