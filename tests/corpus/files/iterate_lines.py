path = "/tmp/krait_corpus_iterate_lines.txt"
with open(path, "w") as f:
    f.writelines(["alpha\n", "beta\n", "\n", "gamma"])
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path) as f:
    print([l.strip() for l in f if l.strip()])
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    it = iter(f)
    print(next(it), end="")
    print(f.readline(), end="")
    print(list(it))
with open(path) as f:
    print(sum(1 for _ in f))
