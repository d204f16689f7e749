print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
print("abc" == "abc", "abc" is not None, "a" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 10))
print("lo" in "hello", "" in "", "ol" in "hello", "hello" in "lo")
s = "ab"
s *= 3
print(s, s.count("ab"))
print(max("apple", "apples"), sorted(["b", "A", "a", "B", "_", "1"]))
print("a" != "a ", "A".lower() == "a", "straße" == "strasse")
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
