squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({c: i for i, c in enumerate("abca")})
print({(i, j): i * j for i in range(2) for j in range(2)})
words = ["apple", "bob", "avocado", "banana", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({len(w): w for w in words})
