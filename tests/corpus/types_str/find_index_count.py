s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("hello", 0, 10))
print(s.find("o", 5, 8), s.find(""), s.find("", 100), s.rfind(""), s.find("", len(s)))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 3, 10))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".find("c", -1), "abc".find("a", -100))
print("ab" in "cab", "" in "x", "z" not in "abc")
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"))
