class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5])
print((1, 2) in g, (9, 9) in g, len(g))
del g[1, 2]
print(len(g))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
class Sl:
    def __getitem__(self, k):
        return k
s = Sl()
print(s[1:2], s[::3], s[1, 2:3], s[...])
