# 1-argument ranges sized by int() of a float computed in the loop, and
# range(a, b) with both bounds from int(); int() truncates toward zero.


def tri(n):
    total = 0
    j = 0
    for i in range(n):
        x = i * 0.75
        for j in range(int(x)):
            total += j
        for j in range(int(-x), int(x / 2)):
            total -= 1
    return total


def trunc_table(n):
    out = []
    for i in range(-n, n):
        f = i / 3.0
        out.append(int(f))
        out.append(int(i))
        out.append(int(f * -2.5))
    return out


print(tri(10), tri(1000))
t = trunc_table(6)
print(t)
print(sum(trunc_table(3000)))
print(int(-0.0), int(-0.9), int(0.9))
