class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int))
print(issubclass(B, (C, A)), issubclass(int, object))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list))
print(isinstance(3, int | str), issubclass(bool, int | None))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
