class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, type(ml + [5]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = DefaultDict(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __repr__(self):
        return f"P{int(self)}"
p = PositiveInt(-5)
print(p, p + 1, type(p + 1).__name__, [p])
class Str2(str):
    pass
s = Str2("hi")
print(s.upper(), type(s.upper()).__name__, s == "hi")
class Stack(list):
    push = list.append
st = Stack(); st.push(1); st.push(2)
print(st, st.pop())
