grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2] * 3, [] * 5, [None] * 0, [1] * -1, 2 * ["x"])
l = [1]
l *= 3
print(l)
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][0], len(nested))
print([[1, 2], [3]] + [[4]])
l = [1, 2]
alias = l
l += [3]
print(alias, alias is l)
l = l + [4]
print(alias, l, alias is l)
