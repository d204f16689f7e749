import copy
orig = {"list": [1, [2, 3]], "n": 5}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["n"] = 6
print(sh, dp)
print(sh["list"] is orig["list"], dp["list"] is orig["list"])
l = [1, 2]
l.append(l)
c = copy.deepcopy(l)
print(c, c[2] is c, c is not l)
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1])
class Obj:
    def __init__(self):
        self.items = [1]
    def __repr__(self):
        return "Obj(%r)" % self.items
o = Obj()
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
o.items.append(2)
print(o2, o3, o2.items is o.items)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied-" + self.v)
    def __deepcopy__(self, memo):
        return Custom("deep-" + self.v)
print(copy.copy(Custom("x")).v, copy.deepcopy(Custom("x")).v)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
