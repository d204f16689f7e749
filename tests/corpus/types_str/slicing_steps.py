s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-3:-1], s[::2], s[1::3], s[::-1], s[::-2])
print(s[8:2:-2], s[-1:-4:-1], s[100:], repr(s[5:2]), s[-100:2], s[2:100])
print(s[0], s[-1], s[len(s) - 1], s[3:4])
print("héllo wörld"[::-1], "日本語"[1], "😀ab"[0], len("😀ab"), "😀ab"[1:])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
