class A:
    def __repr__(self):
        return repr([self])
l = []
l.append(l)
d = {}
d[1] = d
print(l, d, repr(A())[:5])
