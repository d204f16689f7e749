s = slice(1, 5)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None), slice(1, None, -1))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)], data[slice(8, 2, -2)])
print("abcdef"[slice(1, 4)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
print(slice(None, None, -2).indices(10))
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[:])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2][::0]
except ValueError as e:
    print(type(e).__name__, e)
