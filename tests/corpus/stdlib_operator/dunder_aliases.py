import operator
print(operator.__add__(2, 3), operator.__mul__("a", 3), operator.__getitem__({"k": 1}, "k"))
print(operator.__lt__(1, 2), operator.__contains__("abc", "b"), operator.__neg__(4))
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __repr__(self):
        return "V(%r)" % self.x
    def __getitem__(self, i):
        return self.x * i
print(operator.add(V(1), V(2)), operator.itemgetter(3)(V(2)), operator.attrgetter("x")(V(9)))
