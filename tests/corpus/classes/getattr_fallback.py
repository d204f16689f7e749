class Dynamic:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("gen_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.inst)
print(d.gen_hello)
print(getattr(d, "gen_x"), getattr(d, "missing", "default"))
print(hasattr(d, "nope"), hasattr(d, "gen_ok"))
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
