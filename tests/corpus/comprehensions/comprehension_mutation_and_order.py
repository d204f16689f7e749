order = []
def src(name, n):
    order.append(f"iter {name}")
    return range(n)
res = [(a, b) for a in src("outer", 2) for b in src("inner", 2)]
print(res)
print(order)
lst = [1, 2, 3]
copy = [x for x in lst]
copy.append(4)
print(lst, copy)
matrix = [[0] * 2 for _ in range(2)]
matrix[0][0] = 1
print(matrix)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
