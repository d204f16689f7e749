a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = z, x, y
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99   # targets assigned left to right
print(i, lst)
p = q = r = []
p.append(1)
print(p, q, r, p is r)
m = n = 5
m += 1
print(m, n)
a = b = c = "chain"
print(a, b, c)
t = 1, 2
(u, v) = t
print(u, v)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
