path = "/tmp/krait_corpus_unicode_roundtrip.txt"
text = "Grüße 世界 😀\nline two — dash\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back))
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8])
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
