print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0], [2] > [1, 100])
print([1, 2] == (1, 2), [1.0] == [1], [[1]] == [[1]], [1, [2]] < [1, [3]])
print(["a", 1] < ["b", "x"], [0] * 3 == [0, 0, 0])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 5], [1]]))
nan = float("nan")
l = [nan]
print(l == l, [nan] == [float("nan")])
