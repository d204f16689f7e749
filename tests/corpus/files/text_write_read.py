path = "/tmp/krait_corpus_text_write_read.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("no newline at end")
print(n)
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path, "r") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()), repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.readlines())
f = open(path)
print(f.closed, f.mode, f.name)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
