from __future__ import annotations
def f(x: UndefinedType, y: "int" = 1) -> list[Whatever]:
    return x
print(f(5))
print(f.__annotations__)
class C:
    attr: NotDefinedEither = 3
print(C.__annotations__, C.attr)
