try:
    open("/tmp/krait_corpus_definitely_missing_dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
print(issubclass(FileNotFoundError, OSError), issubclass(FileNotFoundError, IOError), IOError is OSError)
try:
    open("/tmp/krait_corpus_open_errors.txt", "q")
except ValueError as e:
    print(type(e).__name__, e)
path = "/tmp/krait_corpus_open_errors.txt"
with open(path, "w") as f:
    f.write("x")
with open(path) as f:
    try:
        f.write("y")
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
