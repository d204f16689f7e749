print("opening")
with open("/tmp/krait_corpus_no_such_dir/missing.txt") as f:
    print(f.read())
