def classify(n):
    result = []
    for i in range(n):
        if i % 2 == 0:
            if i % 4 == 0:
                result.append("four")
            else:
                result.append("two")
        else:
            while i > 0:
                i -= 3
            result.append(f"odd->{i}")
    return result
print(classify(7))
total = 0
for a in range(4):
    for b in range(4):
        for c in range(4):
            if a + b + c == 6:
                if a == b or b == c:
                    continue
                total += 1
print(total)
