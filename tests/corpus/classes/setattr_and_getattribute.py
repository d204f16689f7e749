class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.x = 5
l.s = "str"
print(l.x, l.s, l.__dict__)
del l.x
print(vars(l))
class Intercept:
    def __init__(self):
        self.secret = 1
        self.public = 2
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
i = Intercept()
print(i.public, i.secret, i.nothing)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError", e, f.v)
