raw = b"caf\xc3\xa9 and \xff"
print(raw[:6].decode("utf-8"))
print(raw.decode("utf-8"))
