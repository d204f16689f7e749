records = [("a", 1, 2, 3), ("b",), ("c", 9)]
for name, *nums in records:
    print(name, nums, sum(nums))
for *front, last in ["abc", "xy", "z"]:
    print(front, last)
for a, *_, z in [(1, 2, 3, 4), (5, 6)]:
    print(a, z)
pairs = [[1, [2, 3]], [4, [5, 6]]]
for x, (y, *ys) in pairs:
    print(x, y, ys)
