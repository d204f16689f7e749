def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
_, top, _ = stats([2, 8])
print(top)
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last
print(split_name("Ada King Lovelace"), split_name("Alan Turing"))
matrix = [(1, 2, 3), (4, 5, 6)]
transposed = list(zip(*matrix))
print(transposed)
a, b, c = zip(*matrix)
print(a, b, c)
coords = {"x": 1, "y": 2}
(kx, vx), (ky, vy) = coords.items()
print(kx, vx, ky, vy)
print(*(f"{k}={v}" for k, v in coords.items()))
