s = "Grüße, 世界! Ωμέγα 😀"
print(s, len(s))
print(s.upper(), s.lower())
print(list(s[:5]), s[7:9], s[-1])
print([ord(c) for c in "aé世😀"])
print(s.encode("utf-8")[:10], len(s.encode("utf-8")))
print("".join(reversed("añb")), "ñ".isalpha(), "世".isalpha(), "😀".isalpha())
print("café" == "cafe\u0301", len("cafe\u0301"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\U0001F600" == "😀")
for ch in "aé€😀":
    print(ch, len(ch.encode("utf-8")), len(ch.encode("utf-16-le")))
