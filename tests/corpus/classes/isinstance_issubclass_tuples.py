class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(isinstance(3, (str, (float, int))))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
print(isinstance(b, A | C), isinstance(3, int | None))
print(type(b) is A, type(b) is B)
