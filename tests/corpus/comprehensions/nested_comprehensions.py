board = [[(r + c) % 2 for c in range(4)] for r in range(3)]
for row in board:
    print(row)
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
flat = [v for row in board for v in row if v]
print(flat, len(flat))
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print({k: {v: v * k for v in range(2)} for k in range(2)})
print([[c for c in w] for w in ["ab", "", "c"]])
