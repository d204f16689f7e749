def method(self):
    return f"hello from {type(self).__name__}"
Dyn = type("Dyn", (), {"x": 1, "greet": method})
d = Dyn()
print(Dyn.__name__, d.x, d.greet())
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub().greet(), Sub.y, [c.__name__ for c in Sub.__mro__])
print(type(Dyn) is type, type(type) is type, type(int).__name__)
class Explicit(metaclass=type):
    pass
print(type(Explicit).__name__, isinstance(Explicit, type), isinstance(type, object))
print(type(5).__name__, type("s") is str)
