path = "/tmp/krait_corpus_append_mode.txt"
with open(path, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(path, "a") as f:
        f.write("append %d\n" % i)
with open(path) as f:
    print(f.read(), end="")
with open(path, "w") as f:
    f.write("overwritten\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
