class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never runs")
print(type(Weird()).__name__)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
