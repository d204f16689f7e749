import _star_mod
print(_star_mod.__all__)
public = [n for n in dir(_star_mod) if not n.startswith("_")]
print(public)
x = 1
def g(): pass
print([n for n in dir() if not n.startswith("__")])
print(sorted(k for k in globals() if not k.startswith("__")))
