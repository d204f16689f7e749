data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)}, list(x for x in range(3) for _ in range(2)))
g = (x for x in range(10**18))
print(next(g), next(g))
print([[j for j in range(i)] for i in range(4)])
print(sum(x * x for x in range(100)), any(x > 5 for x in range(10**9)), all([]))
try:
    [x for x in 5]
except TypeError as e:
    print(e)
nested = [[[k for k in range(2)] for j in range(2)] for i in range(2)]
print(nested)
