first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
x, y, *others = {"k": 1, "j": 2}
print(x, y, others, type(others).__name__)
head, *tail = iter([10, 20, 30])
print(head, tail)
[p, *q] = "xy"
print(p, q)
