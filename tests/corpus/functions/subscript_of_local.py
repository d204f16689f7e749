# Subscripts of local variables: evaluation order and errors are CPython's
# (the container is looked up before the index is computed).
def both_unbound():
    try:
        return lst[boom()]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    lst = [1]

def boom():
    raise RuntimeError("index evaluated")

def index_raises(lst):
    try:
        return lst[boom()]
    except RuntimeError as e:
        print("RuntimeError:", e)

def walrus(lst):
    return lst[(lst := [10, 20, 30])[0] // 10], lst

def nested(m, i, j):
    return m[i][j], m[i - 1][-j], m[len(m) - 1]

def generic(obj, k):
    return obj[k]

class Seq:
    def __getitem__(self, k):
        return ("item", k)

both_unbound()
index_raises([1, 2])
print(walrus([1, 2, 3]))
print(nested([[1, 2], [3, 4]], 1, 1))
print(generic(Seq(), slice(1, 2)), generic("abc", -1), generic({"k": 1}, "k"), generic(range(10), 3))
try:
    generic([1], 5)
except IndexError as e:
    print("IndexError:", e)
try:
    generic({}, "missing")
except KeyError as e:
    print("KeyError:", e)
try:
    generic(5, 0)
except TypeError as e:
    print("TypeError:", e)
