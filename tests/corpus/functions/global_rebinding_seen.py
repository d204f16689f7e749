# Global and builtin lookups see every rebinding, deletion and shadowing,
# however they happen (statements, globals(), builtins, module attributes).
import builtins
import sys

def read_x():
    return x

x = 1
print(read_x())
x = 2
print(read_x())
globals()["x"] = 3
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
globals().update({"x": 4})
print(read_x())
globals().pop("x")
try:
    read_x()
except NameError as e:
    print("NameError:", e)

def use_len():
    return len([1, 2, 3])

print(use_len())
len = lambda o: 42          # a global shadows the builtin
print(use_len())
del len
print(use_len())
saved = builtins.len
builtins.len = lambda o: -1  # rebinding the builtin itself
print(use_len())
builtins.len = saved
print(use_len())

me = sys.modules[__name__]
me.y = "module attribute"
print(me.y, y)
me.y = "rebound"
print(me.y, y)
for i in range(3):
    z = i
    print(me.z, read_z() if "read_z" in globals() else None)
    def read_z():
        return z
globals().clear() if False else None
print(sorted(k for k in globals() if len(k) == 1))
