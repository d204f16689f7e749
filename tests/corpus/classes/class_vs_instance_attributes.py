class Config:
    shared = []
    level = 1
    def __init__(self):
        self.own = []
a, b = Config(), Config()
a.shared.append("x")
print(b.shared, Config.shared)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level)
del a.level
print(a.level)
print("level" in a.__dict__, sorted(vars(a)))
a.own.append(1)
print(a.own, b.own)
a.shared = ["rebound"]
print(a.shared, b.shared)
Config.new_attr = "added later"
print(b.new_attr)
print(type(a).__dict__["level"], getattr(Config, "missing", None))
