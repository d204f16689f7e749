grid = [
    [1, 2, 3],
    [4, 0, 6],
    [7, 8, 9],
]
zero_at = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            zero_at = (r, c)
            break
    else:
        continue
    break
print("zero at", zero_at)
seen = set()
dups = []
for v in [3, 1, 3, 2, 1, 3]:
    if v in seen:
        if v not in dups:
            dups.append(v)
        continue
    seen.add(v)
print(sorted(seen), dups)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print(n, end=" ")
print()
