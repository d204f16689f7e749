words = ["zeta", "Alpha", "beta", "alpha", "Zeta", ""]
print(max(words), min(words))
print(max("apple", "apricot"), min("apple", "app"))
print(max("a", "B"), "a" > "B", "Z" < "a")
print(max(["é", "e", "z"]), min(["é", "e", "z"]))
print(max("ab", "abc"), min("", "a"))
print(max(words, key=len), min(words, key=len))
print(max(words, key=lambda w: w.lower()))
print(sorted(["b10", "b2", "a", "B1"]))
