path = "/tmp/krait_corpus_with_statement_close.txt"
with open(path, "w") as f:
    f.write("data")
    print("inside closed?", f.closed)
print("after closed?", f.closed)
try:
    with open(path) as f:
        print(f.read())
        raise RuntimeError("oops")
except RuntimeError as e:
    print("caught", e, "closed:", f.closed)
with open(path) as a, open(path) as b:
    print(a.read(2), b.read())
print(a.closed, b.closed)
f = open(path, "w")
print(f.write("12345"), f.tell())
f.close()
print(open(path).read())
