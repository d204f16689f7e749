s = "abc"
t = s
s += "def"
print(s, t)
try:
    s[0] = "X"
except TypeError as e:
    print("TypeError", e)
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), "+".join(parts))
print("a" "b" "c", "x" + "y" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
print(str(123) + "4", int("12") + 4, str(1.0), str([1, "a"]), str(None))
print("abc" < "abd", "abc" == "ab" + "c", ord("a"), chr(98), ord("€"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
