path = "/tmp/krait_corpus_newline_handling.txt"
with open(path, "wb") as f:
    f.write(b"dos\r\nmac\runix\nend")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
