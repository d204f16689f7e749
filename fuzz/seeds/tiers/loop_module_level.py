# Loops at module level work on globals (not compiled); a compiled loop in
# a function called from them must agree with them.


def squares(n):
    t = 0
    for i in range(n):
        t += i * i
    return t


total = 0
for i in range(1000):
    total += i * i
print(total, i, squares(1000) == total)

x = 1
n = 0
while x < 2 ** 70:
    x = x * 3
    n += 1
print(x, n)

flag = False
k = 0
while k < 7:
    flag = not flag
    k += 1
print(flag, k)

acc = 0.0
for j in range(10):
    acc += squares(j) / 2
print(acc, j)
