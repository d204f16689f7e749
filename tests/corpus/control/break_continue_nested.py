for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
print("done")
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    count += i
print(count)
for c in "skip":
    if c == "k":
        continue
    print(c, end="")
print()
