s = "one one one"
print(s.replace("one", "two"), s.replace("one", "two", 1), s.replace("one", "two", 0), s.replace("one", "two", -1))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "hello".replace("z", "y"), "héllo".replace("é", "e"))
print("a.b.c".replace(".", "::"), "tic tac".replace("t", "T", 5))
