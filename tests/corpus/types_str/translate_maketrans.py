t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc cab".translate(t))
t2 = str.maketrans("ab", "AB", "xy")
print("abxycab".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "333", ord("d"): "D"})
print(sorted(t3.items()))
print("abcd".translate(t3))
print("hello".translate({ord("l"): ord("L")}), "hello".translate({}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
print("héllo".translate(str.maketrans("é", "e")))
