import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2]) == 0.3, 0.1 + 0.2)
print(sum([1.5, 2.5, 3]), sum([1, 2], 0.0))
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum(x / 10 for x in range(5)))
