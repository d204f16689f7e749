# s[i] with s a local (the BINARY_SUBSCR_FAST forms): ASCII, non-ASCII,
# negative and out-of-range indexes, a str subclass, other containers at
# the same site.
class S(str):
    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"


def scan(s, idx):
    out = []
    for i in idx:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append("IndexError: %s" % e)
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


for s in ["hello", "héllo wörld", "日本語テキスト", "", S("abc")]:
    print(scan(s, [0, 1, -1, -2, 2, 10, -10] * 3))
print(scan([1, 2, 3], [0, -1, 5]), scan((4, 5), [1, -3]), scan({1: "a"}, [1]))
print(scan("abc", [True, 1.5]))
text = "the quick brown fox " * 50
n = 0
for i in range(len(text)):
    if text[i] == " ":
        n += 1
print(n, text[-1] == " ", text[2**40 % 7])
