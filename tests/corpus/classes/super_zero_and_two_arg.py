class Base:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"Base({self.v})"
    @classmethod
    def make(cls):
        return cls.__name__ + ".make"
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return "Child:" + super().describe()
    @classmethod
    def make(cls):
        return "child/" + super().make()
class Grand(Child):
    def describe(self):
        # skip Child's implementation
        return "Grand:" + super(Child, self).describe()
c = Child(1, 2)
print(c.describe(), c.v, c.w)
print(Grand(5, 6).describe())
print(Child.make(), Grand.make())
print(super(Grand, Grand(0, 0)).describe())
s = super(Child, c)
print(type(s).__name__)
class M:
    def __init__(self):
        print("M init")
class N(M):
    def __init__(self):
        print("N init")
        super(N, self).__init__()
N()
