s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".zip"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.startswith(("x", "f")))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.endswith("tar", 0, 12), s.endswith("file", 0, 4))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""), "abc".startswith("", 5))
print("abc".startswith("abcd"), "abc".endswith("c", -1))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
